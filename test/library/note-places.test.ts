// Every note of a Euterpea score is traced back to the place in the song where it was written:
// the note-on element of each carries the span of its call (`a 5`, `cs 5 (dhn + dhn)`, or the
// `note …` a song function builds), through perform, transposition, tempo and play, in both
// evaluators, in the book's score and bar by bar; and the current term does not show the wrapping.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openSong } from "../../src/session/index.ts";
import { openSongText } from "../language/song-files.ts";

const examples = join(import.meta.dirname, "..", "..", "examples");
const pitchClasses: Record<string, number> = { c: 0, d: 2, e: 4, f: 5, g: 7, a: 9, b: 11 };

/** The MIDI key a written note names (`cs 5` is 73), or undefined for a call that is not a pitch name. */
function keyOf(written: string): number | undefined {
  const match = /^([a-g])(ss|s|ff|f)? (\d+)/.exec(written);
  if (!match) return undefined;
  const accidental = { ss: 2, s: 1, ff: -2, f: -1 }[match[2] ?? ""] ?? 0;
  return 12 * (Number(match[3]) + 1) + pitchClasses[match[1]] + accidental;
}

for (const song of ["children-song-6.hs", "children-song-6-live.hs"]) {
  for (const compiled of [true, false]) {
    test(`${song}, ${compiled ? "compiled" : "machine"}: every note-on names the note written for it`, () => {
      const text = readFileSync(join(examples, song), "utf8");
      const session = openSong(join(examples, song), { trail: true, compiled });
      let presses = 0, byName = 0;
      for (let count = 0; count < 800; count++) {
        const step = session.next();
        if (step.kind !== "element") break;
        for (const event of step.events) {
          if (event.message.type !== "noteOn") continue;
          presses++;
          assert.equal(event.spans.length, 1, `${step.trace}: one place`);
          const [span] = event.spans;
          assert.ok(span.file.endsWith(song), `${step.trace}: in the song, not ${span.file}`);
          const written = text.slice(span.start, span.end);
          const key = keyOf(written);
          if (key === undefined) assert.match(written, /^note \(/, `${step.trace}: a note of graceNote, not ${written}`);
          else {
            byName++;
            assert.equal(key, event.message.pitch, `${step.trace} comes from ${written}`);
          }
        }
      }
      assert.ok(presses >= 155, `${presses} notes`);
      assert.ok(byName >= presses * 0.8, `${byName} of ${presses} named by pitch`);
    });
  }
}

test("a transposed part is traced to its notes, and the term shows the calls as written", () => {
  const session = openSongText({ "Main.hs": `module Main where
import Euterpea

main :: IO ()
main = play (transpose 12 (tempo 2 tune))

tune = line [c 4 qn, e 4 qn]
` }, { trail: true });
  const places: string[] = [];
  for (let count = 0; count < 12; count++) {
    const step = session.next();
    if (step.kind !== "element") break;
    for (const event of step.events) if (event.message.type === "noteOn") places.push(`${event.message.pitch} ${event.spans[0]?.start}`);
  }
  const source = session.modules()[0].text;
  assert.deepEqual(places, [`72 ${source.indexOf("c 4 qn")}`, `76 ${source.indexOf("e 4 qn")}`]);
  assert.doesNotMatch(session.currentTerm(), /primLocated|object Object/);
});

test("notes cut, removed or cut to a lazy duration keep their places", () => {
  const song = `module Main where
import Euterpea

main :: IO ()
main = play (remove qn (cut (3 / 4) (times 4 tune)) :=: (tune /=: line [rest hn, rest hn]))

tune = line [c 4 qn, e 4 qn]
`;
  const session = openSongText({ "Main.hs": song }, { trail: true });
  const lit: string[] = [];
  for (let step = session.next(); step.kind === "element"; step = session.next()) {
    for (const event of step.events) if (event.message.type === "noteOn") lit.push(song.slice(event.spans[0]?.start, event.spans[0]?.end));
  }
  assert.deepEqual(lit.sort(), ["c 4 qn", "c 4 qn", "e 4 qn", "e 4 qn"]);
});

test("a note made before an edit that moved its text is not lit at its old place", () => {
  const song = `module Main where
import Euterpea

main :: IO ()
main = play (times 4 tune)

tune = line [c 4 qn, e 4 qn]
`;
  const session = openSongText({ "Main.hs": song }, { trail: true });
  const oldPlaces = [song.indexOf("c 4 qn"), song.indexOf("e 4 qn")];
  /** The presses among the next `count` elements, and where they are lit. */
  const presses = (count: number) => {
    const found = { presses: 0, starts: [] as number[] };
    for (let index = 0; index < count; index++) {
      const step = session.next();
      if (step.kind !== "element") break;
      for (const event of step.events) {
        if (event.message.type !== "noteOn") continue;
        found.presses++;
        found.starts.push(...event.spans.map((span) => span.start));
      }
    }
    return found;
  };
  assert.deepEqual(presses(4), { presses: 1, starts: [oldPlaces[0]] });
  assert.deepEqual(session.update("Main", song.replace("main :: IO ()", "-- a new comment line\nmain :: IO ()")), []);
  const later = presses(12);
  assert.ok(later.presses >= 3, `${later.presses} notes after the edit`);
  for (const start of later.starts) assert.ok(!oldPlaces.includes(start), `a note lit at its old place ${start}`);
});
