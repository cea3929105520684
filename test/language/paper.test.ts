// The paper's examples (Thielemann and Waldmann, LAC 2013): the melody loop, editing `main`
// while it plays, redirecting the loop into `loopA`, changing `qn` mid-lap, and where
// call-by-need and call-by-name differ.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSongText, traceLines } from "./song-files.ts";

const loop = (main: string, qn = 250) => `module Main where
import Prelude ( (*), (+), (-) ) ;
import Pitch ;
import Midi ;
import List ;

main :: [Event (Channel Message)] ;
${main}

melody :: [Event Message] ;
melody =
   note qn (c 4) ++ note qn (d 4) ++ note qn (e 4) ++ note qn (c 4) ;

loopA = channel 2 (note qn (g 4)) ++ loopA ;

qn :: Time ;
qn = ${qn} ;
`;

const lap = (channel: number, start: number, pitches = [60, 62, 64, 60], length = 250) =>
  pitches.flatMap((pitch, index) => {
    const time = start + index * length;
    return [
      `${time}\tEvent (Channel ${channel} (On ${pitch} 64))`,
      `${time}\tWait ${length}`,
      `${time + length}\tEvent (Channel ${channel} (Off ${pitch} 64))`,
    ];
  });

test("the melody loop plays lap after lap", () => {
  const session = openSongText({ "Main.hs": loop("main = channel 0 melody ++ main ;") });
  assert.deepEqual(traceLines(session, 24), [...lap(0, 0), ...lap(0, 1000)]);
});

test("an edit of main while it plays: the unfolded lap finishes, the next lap is new", () => {
  const session = openSongText({ "Main.hs": loop("main = channel 0 melody ++ main ;") });
  const first = traceLines(session, 6);
  assert.deepEqual(session.update("Main", loop("main = channel 1 melody ++ main ;")), []);
  const rest = traceLines(session, 18);
  assert.deepEqual([...first, ...rest], [...lap(0, 0), ...lap(1, 1000)]);
});

test("redirecting the loop into loopA: later edits of main no longer matter", () => {
  const session = openSongText({ "Main.hs": loop("main = channel 0 melody ++ main ;") });
  traceLines(session, 3);
  session.update("Main", loop("main = channel 0 melody ++ loopA ;"));
  assert.deepEqual(traceLines(session, 9), lap(0, 0).slice(3));
  assert.deepEqual(traceLines(session, 12), lap(0, 1000), "the next lap unfolds the new main: the melody once more");
  assert.deepEqual(traceLines(session, 3), lap(2, 2000, [67]), "then loopA");
  session.update("Main", loop("main = channel 1 melody ++ main ;"));
  assert.deepEqual(traceLines(session, 6), lap(2, 2250, [67, 67]));
});

test("changing qn mid-lap: notes not yet reached use the new value", () => {
  const session = openSongText({ "Main.hs": loop("main = channel 0 melody ++ main ;") });
  assert.deepEqual(traceLines(session, 4), [...lap(0, 0).slice(0, 3), "250\tEvent (Channel 0 (On 62 64))"]);
  session.update("Main", loop("main = channel 0 melody ++ main ;", 100));
  assert.deepEqual(traceLines(session, 5), [
    "250\tWait 100",
    "350\tEvent (Channel 0 (Off 62 64))",
    "350\tEvent (Channel 0 (On 64 64))",
    "350\tWait 100",
    "450\tEvent (Channel 0 (Off 64 64))",
  ]);
});

test("call-by-need shares a local list, call-by-name unfolds it again and sees the edit", () => {
  const song = (pitch: number) => `module Main where
import Midi
main = let twice = phrase in twice ++ twice
phrase = [Event (On ${pitch} 64), Wait 10]
`;
  const run = (strategy: "need" | "name") => {
    const session = openSongText({ "Main.hs": song(60) }, { strategy });
    const before = traceLines(session, 2);
    session.update("Main", song(72));
    return [...before, ...traceLines(session, 2)];
  };
  assert.deepEqual(run("need"), ["0\tEvent (On 60 64)", "0\tWait 10", "10\tEvent (On 60 64)", "10\tWait 10"]);
  assert.deepEqual(run("name"), ["0\tEvent (On 60 64)", "0\tWait 10", "10\tEvent (On 72 64)", "10\tWait 10"]);
});
