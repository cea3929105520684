// Live edits through the session API: a broken edit changes nothing and returns positioned
// diagnostics; an edit that removes a name the running term uses is refused; runtime errors
// keep the session usable; play term and restart.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSongText, traceLines } from "../language/song-files.ts";

const song = (body: string) => `module Main where
import Midi
main = tune ++ main
${body}
`;

test("an edit that does not parse changes nothing and says where", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On 60 64), Wait 100]") });
  traceLines(session, 1);
  const diagnostics = session.update("Main", song("tune = [Event (On 62 64), Wait 100"));
  assert.equal(diagnostics.length, 1);
  assert.match(session.format(diagnostics[0]), /Main\.hs:5:1: error: parse error/);
  assert.deepEqual(traceLines(session, 3), ["0\tWait 100", "100\tEvent (On 60 64)", "100\tWait 100"]);
});

test("an edit that uses an undefined name is refused", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On 60 64), Wait 100]") });
  const diagnostics = session.update("Main", song("tune = [Event (On pitch 64), Wait 100]"));
  assert.match(session.format(diagnostics[0]), /Main\.hs:4:19: error: `pitch` is not defined/);
});

test("removing a name the running term still uses is refused, naming it", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On 60 64), Wait later]\nlater = 100") });
  traceLines(session, 1);
  const diagnostics = session.update("Main", song("tune = [Event (On 60 64), Wait 50]"));
  assert.equal(diagnostics.length, 1);
  assert.match(diagnostics[0].message, /removes `later`, but the music playing now still uses it/);
  assert.deepEqual(traceLines(session, 1), ["0\tWait 100"]);
  assert.deepEqual(session.update("Main", song("tune = [Event (On 60 64), Wait 50]")), [], "once the term moved on, the edit applies");
  assert.deepEqual(traceLines(session, 2), ["100\tEvent (On 60 64)", "100\tWait 50"]);
});

test("a runtime error is reported with its position and the session goes on", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On (pick 3) 64), Wait 100]\npick :: Integer -> Integer\npick 1 = 60") });
  const step = session.next();
  assert.equal(step.kind, "error");
  assert.match(step.kind === "error" ? step.message : "", /Main\.hs:6:1: error: no equation of `pick` matches for the argument 3/);
  assert.deepEqual(session.update("Main", song("tune = [Event (On (pick 3) 64), Wait 100]\npick :: Integer -> Integer\npick _ = 60")), []);
  assert.deepEqual(traceLines(session, 2), ["0\tEvent (On 60 64)", "0\tWait 100"]);
});

test("an edit that changes the classes a held function asks of its callers is refused, saying so; with the same classes it applies", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On (pick 3) 64), Wait 100]\npick 1 = 60") });
  assert.equal(session.next().kind, "error");
  const [refusal] = session.update("Main", song("tune = [Event (On (pick 3) 64), Wait 100]\npick _ = 60"));
  assert.match(refusal.message, /`pick` has the type `\(Eq a, Num a, Num b\) => a -> b` in the music playing now, and this edit makes it `Num b => a -> b`, which changes the classes it asks of its caller/);
  assert.deepEqual(session.update("Main", song("tune = [Event (On (pick 3) 64), Wait 100]\npick n = if n == 1 then 60 else 61")), []);
  assert.deepEqual(traceLines(session, 2), ["0\tEvent (On 61 64)", "0\tWait 100"]);
});

test("a runaway element stops at the step budget, naming the function and its position", () => {
  const session = openSongText({ "Main.hs": song("tune = [Wait (forever 1)]\nforever n = forever (n + 1)") }, { stepBudget: 100_000 });
  const step = session.next();
  assert.equal(step.kind, "error");
  assert.match(step.kind === "error" ? step.message : "", /Main\.hs:5:1: error: step budget exceeded while unfolding `forever`/);
});

test("while playing live, an element that computes longer than the time budget stops as runaway, naming the function", () => {
  const session = openSongText({ "Main.hs": song("tune = [Wait (forever 1)]\nforever n = forever (n + 1)") }, { stepBudget: 1e12, timeBudget: 50 });
  const step = session.next();
  assert.equal(step.kind, "error");
  assert.match(step.kind === "error" ? step.message : "", /Main\.hs:5:1: error: the element took longer than 50 ms to compute while unfolding `forever`/);
  assert.equal(step.kind === "error" && step.runaway, true);
});

test("play term replaces the current term; restart goes back to main", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On 60 64), Wait 100]") });
  traceLines(session, 2);
  assert.deepEqual(session.playTerm("[Say \"hello\", Wait 5]"), []);
  assert.deepEqual(traceLines(session, 3), ['100\tSay "hello"', "100\tWait 5"]);
  session.restart();
  assert.deepEqual(traceLines(session, 1), ["105\tEvent (On 60 64)"]);
  assert.match(session.format(session.playTerm("[Wait x]")[0]), /<term>:1:7: error: `x` is not defined/);
});

test("play term plays music through Euterpea's play, and an action through what it plays", () => {
  const session = openSongText({ "Main.hs": "module Main where\nimport Euterpea\nmain = play (c 4 qn)\n" });
  assert.deepEqual(session.playTerm("line [d 4 qn, e 4 qn]"), []);
  assert.deepEqual(traceLines(session, 3), ["0\tEvent (Channel 0 (PgmChange 0))", "0\tEvent (Channel 0 (On 62 127))", "0\tWait 500"]);
  assert.deepEqual(session.playTerm("putStrLn \"hi\" >> playS (f 4 qn)"), []);
  assert.deepEqual(traceLines(session, 2), ['500\tSay "hi"', "500\tEvent (Channel 0 (PgmChange 0))"]);
});

test("single reductions expose the rule that fired and the current term", () => {
  const session = openSongText({ "Main.hs": song("tune = [Event (On 60 64), Wait 100]") });
  const rules: string[] = [];
  for (let index = 0; index < 20; index++) {
    const step = session.stepReduction();
    if (step.kind !== "reduction") {
      assert.equal(step.kind, "element");
      break;
    }
    rules.push(step.rule);
    assert.ok(step.term.length > 0);
  }
  assert.ok(rules.includes("main"), rules.join(","));
  assert.match(session.currentTerm(), /Wait 100/);
});

test("every single step changes the term shown: reductions it does not show (a method picked from a dictionary) go with the next", () => {
  const session = openSongText({ "Main.hs": `module Main where
import Euterpea

main :: IO ()
main = play (line (map (note qn) [60, 62 :: AbsPitch]))
` });
  let previous = session.currentTerm(), reductions = 0;
  for (let index = 0; index < 200; index++) {
    const step = session.stepReduction();
    if (step.kind !== "reduction") {
      previous = session.currentTerm();
      continue;
    }
    reductions++;
    assert.notEqual(step.term, previous, `step ${index} [${step.rule}] shows the term unchanged`);
    previous = step.term;
  }
  assert.ok(reductions > 100);
});

test("out-of-range values are reported and skipped; the song goes on", () => {
  const session = openSongText({ "Main.hs": "module Main where\nimport Midi\nmain = [Event (On 200 64), Wait (-5), Event (On 60 64)]\n" });
  const steps = [session.next(), session.next(), session.next()];
  assert.deepEqual(steps.map((step) => (step.kind === "element" ? step.events.length : -1)), [0, 0, 1]);
  assert.match(steps[0].kind === "element" ? steps[0].problem ?? "" : "", /pitch 200 is outside 0–127/);
  assert.match(steps[1].kind === "element" ? steps[1].problem ?? "" : "", /negative Wait/);
});

test("a name missing from an import list is still found when one imported module exports it, with a warning", () => {
  const session = openSongText({ "Main.hs": "module Main where\nimport Midi (note)\nimport Pitch (c)\nmain = channel 2 (note 100 (c 4))\n" });
  assert.equal(session.warnings.length, 1);
  assert.match(session.format(session.warnings[0]), /Main\.hs:4:8: warning: `channel` is not in the import list of `Midi`; using `Midi.channel`/);
  assert.deepEqual(traceLines(session, 1), ["0\tEvent (Channel 2 (On 60 64))"]);
});

test("an edit of an imported module recompiles the modules that import it, and only an unchanged one is reused", () => {
  // (restart makes the term `main` again; the song's time goes on)
  const helper = (fixity: string) => `module Helper where\n${fixity}\na <-> b = a - b\n`;
  const main = "module Main where\nimport Midi\nimport Helper\nmain = [Wait (10 <-> 3 <-> 2)]\n";
  const session = openSongText({ "Main.hs": main, "Helper.hs": helper("infixl 6 <->") });
  assert.deepEqual(traceLines(session, 1), ["0\tWait 5"]);
  assert.deepEqual(session.update("Helper", helper("infixr 6 <->")), []);
  session.restart();
  assert.deepEqual(traceLines(session, 1), ["5\tWait 9"], "Main is resolved again with the new fixity");
  assert.deepEqual(session.update("Main", main.replace("10", "20")), []);
  session.restart();
  assert.deepEqual(traceLines(session, 1), ["14\tWait 19"]);
});

test("an ill-typed edit is refused at the use, with a note at the definition that gave the type", () => {
  const source = (qn: string) => `module Main where\nimport Midi\nimport Pitch\nmain = note qn (c 4) ++ note qn (d 4) ++ main\nqn = ${qn}\n`;
  const session = openSongText({ "Main.hs": source("250") });
  assert.deepEqual(traceLines(session, 2), ["0\tEvent (On 60 64)", "0\tWait 250"]);
  const diagnostics = session.update("Main", source('"fast"'));
  const printed = session.format(diagnostics[0]);
  assert.match(printed, /Main\.hs:4:13: error: The first argument of `note`, `qn`, has type `String`, but `note` needs `Time`/);
  assert.match(printed, /Main\.hs:5:1: note: `qn` has its type from its definition here \(one more use of `qn` disagrees with it the same way\)\n {2}\|\n5 \| qn = "fast"\n {2}\| \^\^/);
  assert.equal(diagnostics.length, 1, "the second use is counted, not reported again");
  assert.deepEqual(traceLines(session, 2), ["250\tEvent (Off 60 64)", "250\tEvent (On 62 64)"], "the music goes on as before");
});

test("an edit that retypes a name the music playing in another module still uses is refused, with a note where it is used", () => {
  const main = "module Main where\nimport Midi\nimport Tune\nmain = [Say (show gap), Say (show gap)] ++ main\n";
  const tune = (definition: string) => `module Tune where\n${definition}\n`;
  const session = openSongText({ "Main.hs": main, "Tune.hs": tune("gap :: Integer\ngap = 100") });
  assert.deepEqual(traceLines(session, 1), ["0\tSay \"100\""]);
  const diagnostics = session.update("Tune", tune("gap :: Double\ngap = 100.5"));
  assert.equal(diagnostics.length, 1);
  const printed = session.format(diagnostics[0]);
  assert.match(printed, /Tune\.hs:3:1: error: `gap` has the type `Integer` in the music playing now, and this edit makes it `Double`/);
  assert.match(printed, /Main\.hs:4:\d+: note: the music playing now still uses `gap` here\n {2}\|\n4 \| main = \[Say \(show gap\)/);
  assert.deepEqual(traceLines(session, 1), ["0\tSay \"100\""], "the music goes on unchanged");
});

test("after a refused edit, a runtime error shows the code that is running, and the refusal the text that was refused", () => {
  const running = song("tune = [Event (On (pick 3) 64), Wait 100]\npick 1 = 60");
  const session = openSongText({ "Main.hs": running });
  const refusal = session.update("Main", `-- a comment that moves every line down\n${running.replace("pick 1 = 60", "pick 1 = \"sixty\"")}`);
  // Line 5 is `tune` in the refused text (a comment line was added above), `pick` in the running one.
  const refusalText = /Main\.hs:5:20: error: [^]*\n5 \| tune = \[Event \(On \(pick 3\) 64\)/;
  assert.match(session.format(refusal[0]), refusalText);
  const step = session.next();
  assert.equal(step.kind, "error");
  assert.match(step.kind === "error" ? step.message : "", /Main\.hs:5:1: error: no equation of `pick` matches for the argument 3\n {2}\|\n5 \| pick 1 = 60\n/);
  assert.match(session.format(refusal[0]), refusalText, "the refusal still reads as it did");
});

test("an edit whose types share parts (a tuple doubled forty times) is checked in time linear in its text, and its notes are cut short", () => {
  const nested = Array.from({ length: 40 }).reduce<string>((inner) => `f (${inner})`, "1");
  const session = openSongText({ "Main.hs": song("tune = [Wait 1]") });
  const edit = song(`tune = [Wait 1]\nhuge = let f = \\y -> (y, y) in ${nested}\nsame = huge == huge\nshown = show huge`);
  assert.deepEqual(session.update("Main", edit).filter((diagnostic) => diagnostic.severity === "error"), []);
  const note = session.typeNotes("Main").find((candidate) => edit.slice(candidate.start, candidate.end) === "huge")!;
  assert.match(note.text, /^huge :: \(\(\(\(/);
  assert.ok(note.text.length < 20_000 && note.text.includes("…"), `a note of ${note.text.length} characters`);
});

test("an edited instance method is heard at its next unfolding, and the current term shows no dictionaries", () => {
  const voices = (kick: number) => song(`class Voice a where
  sound :: a -> [Event Message]
data Drum = Kick | Snare
instance Voice Drum where
  sound Kick = [Event (On ${kick} 100), Wait 100]
  sound Snare = [Event (On 38 100), Wait 100]
twice :: Voice a => a -> [Event Message]
twice x = sound x ++ sound x
tune = twice Kick ++ sound Snare`);
  const session = openSongText({ "Main.hs": voices(36) });
  assert.deepEqual(traceLines(session, 3), ["0\tEvent (On 36 100)", "0\tWait 100", "100\tEvent (On 36 100)"]);
  assert.doesNotMatch(session.currentTerm(), /\$|‹|instance/, session.currentTerm());
  assert.match(session.currentTerm(), /sound Snare/);
  assert.deepEqual(session.update("Main", voices(35)), []);
  assert.deepEqual(traceLines(session, 6), ["100\tWait 100", "200\tEvent (On 38 100)", "200\tWait 100", "300\tEvent (On 35 100)", "300\tWait 100", "400\tEvent (On 35 100)"]);
});

const actionSong = (closing: string) => `module Main where
import Euterpea

opening, closing :: Music Pitch
opening = c 4 qn
closing = ${closing}

main :: IO ()
main = do
  putStrLn "one"
  playS opening
  putStrLn "two"
  playS closing
`;

test("a main that is an action plays its actions in order, and an edit of a part not yet reached is heard when it is reached", () => {
  const session = openSongText({ "Main.hs": actionSong("d 4 qn") });
  assert.deepEqual(traceLines(session, 3), ['0\tSay "one"', "0\tEvent (Channel 0 (PgmChange 0))", "0\tEvent (Channel 0 (On 60 127))"]);
  assert.deepEqual(session.update("Main", actionSong("e 4 qn")), []);
  assert.deepEqual(traceLines(session, 10), [
    "0\tWait 500", "500\tEvent (Channel 0 (Off 60 127))", '500\tSay "two"',
    "500\tEvent (Channel 0 (PgmChange 0))", "500\tEvent (Channel 0 (On 64 127))", "500\tWait 500", "1000\tEvent (Channel 0 (Off 64 127))",
  ]);
  assert.equal(session.next().kind, "end");
});

test("an edit that turns main from a list into an action plays the action after restart", () => {
  const list = "module Main where\nimport Euterpea\nmain = midiEvents (c 4 qn)\n";
  const session = openSongText({ "Main.hs": list });
  assert.equal(traceLines(session, 1)[0], "0\tEvent (Channel 0 (PgmChange 0))");
  assert.deepEqual(session.update("Main", list.replace("main = midiEvents (c 4 qn)", "main = putStrLn \"now an action\" >> play (c 4 qn)")), []);
  session.restart();
  assert.equal(traceLines(session, 1)[0], '0\tSay "now an action"');
});

test("a single step over library code stops only at rules of the song's own code; into library, at any", () => {
  const open = () => openSongText({ "Main.hs": `module Main where
import Euterpea

melody :: Music Pitch
melody = line [c 4 qn, d 4 qn]

main :: IO ()
main = play (transpose 12 melody)
` });
  const rules = (scope: "song" | "all") => {
    const session = open();
    const seen: { rule: string; file: string | undefined }[] = [];
    for (let index = 0; index < 12; index++) {
      const step = session.stepReduction(scope);
      if (step.kind === "reduction") seen.push({ rule: step.rule, file: step.ruleSpan?.file });
    }
    return seen;
  };
  const over = rules("song");
  assert.ok(over.length > 0);
  assert.ok(over.every(({ file }) => file?.endsWith("Main.hs")), over.map(({ rule }) => rule).join(", "));
  assert.equal(over[0].rule, "melody", "an action runs from main's own code: the first rule of the song is melody's");
  assert.ok(rules("all").some(({ file }) => file && !file.endsWith("Main.hs")), "into library, library rules too");
});
