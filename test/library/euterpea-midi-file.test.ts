// Euterpea's MIDI files against the real Euterpea 2 (2.0.8) under GHC: for every expression of
// euterpea-midi-file/expressions.txt, `toMidi (perform m)` written as exportMidiFile writes it gives
// the same bytes. The golden file was computed by GHC with
// `EUTERPEA2=/path/to/Euterpea2 test/library/euterpea-midi-file/make-golden.sh` (see that script).
// Then a song whose `main` is an action writes the file from the command line, and the studio's
// session, which writes no files, says so.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMidi } from "midi-file";
import { openSongText, writeSong } from "../language/song-files.ts";

const root = join(import.meta.dirname, "..", "..");
const golden = readFileSync(join(import.meta.dirname, "euterpea-midi-file", "golden.tsv"), "utf8").trimEnd().split("\n").map((line) => line.split("\t"));

const session = openSongText({ "Oracle.hs": "module Oracle where\nimport Euterpea\nimport Euterpea.MidiFile\n" }, { requireMain: false });

const bytesOf = (hex: string) => (hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16));

for (const [expression, hex] of golden) {
  test(`writeMidi of ${expression} writes Euterpea 2's bytes`, () => {
    assert.deepEqual(session.evaluate(`midiFileBytes (toMidi (perform (${expression} :: Music Pitch)))`), { value: `[${bytesOf(hex).join(",")}]` });
  });
}

const song = `import Euterpea

tune :: Music Pitch
tune = line [c 4 qn, e 4 qn] :=: instrument Flute (g 4 hn)

main :: IO ()
main = do
  putStrLn "writing"
  writeMidi "tune.mid" tune
  play tune
`;

test("a song's writeMidi writes the file where refrain runs, then the song plays on", () => {
  const folder = writeSong({ "Tune.hs": song });
  const result = spawnSync(process.execPath, [join(root, "bin/refrain.js"), "events", "Tune.hs"], { encoding: "utf8", cwd: folder, timeout: 60_000 });
  assert.equal(result.stderr, "");
  assert.equal(result.status, 0);
  const written = readFileSync(join(folder, "tune.mid"));
  const expected = golden.find(([expression]) => expression === "line [c 4 qn, e 4 qn] :=: instrument Flute (g 4 hn)")!;
  assert.deepEqual([...written], bytesOf(expected[1]));
  const parsed = parseMidi(written);
  assert.deepEqual([parsed.header.format, parsed.header.numTracks, parsed.header.ticksPerBeat], [1, 2, 96]);
  const notes = parsed.tracks.flatMap((track) => track.filter((event) => event.type === "noteOn").map((event) => ("noteNumber" in event ? event.noteNumber : -1)));
  assert.deepEqual(notes.sort(), [60, 64, 67]);
  const lines = result.stdout.trimEnd().split("\n");
  assert.equal(lines[0], '0\tSay "writing"');
  assert.match(lines[1], /^0\tWriteFile "tune\.mid" \[77,84,104,100,/);
  assert.equal(lines.at(-1), "1000\tWait 1000");
});

test("where files are not written (the studio), a WriteFile is reported and skipped", () => {
  const live = openSongText({ "Tune.hs": song });
  const steps = [live.next(), live.next()];
  assert.equal(steps[1].kind, "element");
  assert.match((steps[1] as { problem?: string }).problem ?? "", /tune\.mid is not written: a song writes files only when it runs from the command line/);
});
