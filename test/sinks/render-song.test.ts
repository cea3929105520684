// `refrain render` end to end on Children's Songs No. 6: the MIDI file read back matches the
// interpreter's events within 1 ms, fluidsynth plays it, our WAV has the right length and starts
// at once; a song that does not end needs --seconds.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseMidi } from "midi-file";
import { run } from "../../src/cli/render.ts";
import { openSong } from "../../src/session/index.ts";
import { collect } from "../../src/schedule/index.ts";
import { renderWave } from "../../src/sinks/wav.ts";
import { decodeWave } from "../../src/sinks/wave-file.ts";
import { firstSound, peak, seconds } from "../support/audio.ts";

const song = "examples/children-song-6.hs";
const folder = mkdtempSync(join(tmpdir(), "refrain-render-"));
const soundfont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";
const fluidsynth = ["/usr/bin/fluidsynth", "/usr/local/bin/fluidsynth"].find(existsSync);

/** `time channel on|off pitch` for every note message, sorted. */
type Note = [time: number, channel: number, on: boolean, pitch: number];

function interpreterNotes(): { notes: Note[]; end: number } {
  const session = openSong(song);
  const notes: Note[] = [];
  for (;;) {
    const step = session.next();
    if (step.kind === "error") throw new Error(step.message);
    if (step.kind === "end") return { notes, end: step.time };
    for (const { time, channel, message } of step.events) {
      if (message.type === "noteOn" || message.type === "noteOff") notes.push([time, channel, message.type === "noteOn", message.pitch]);
    }
  }
}

function fileNotes(path: string): { notes: Note[]; end: number } {
  const midi = parseMidi(readFileSync(path));
  assert.equal(midi.header.ticksPerBeat, 1000);
  const notes: Note[] = [];
  let end = 0;
  for (const track of midi.tracks) {
    let tick = 0;
    for (const event of track) {
      tick += event.deltaTime;
      if (event.type === "noteOn" || event.type === "noteOff") notes.push([tick, event.channel, event.type === "noteOn", event.noteNumber]);
      if (event.type === "endOfTrack") end = Math.max(end, tick);
    }
  }
  return { notes, end };
}

const order = (a: Note, b: Note) => a[0] - b[0] || a[1] - b[1] || a[3] - b[3] || Number(a[2]) - Number(b[2]);

test("Children's Songs No. 6 as a MIDI file: the interpreter's notes within 1 ms, and fluidsynth plays it", async () => {
  const path = join(folder, "children-song-6.mid");
  assert.equal(await run([song, "-o", path]), 0);
  const expected = interpreterNotes();
  const actual = fileNotes(path);
  assert.equal(expected.notes.filter((note) => note[2]).length, 155);
  assert.equal(actual.notes.length, expected.notes.length);
  const sortedExpected = [...expected.notes].sort(order);
  [...actual.notes].sort(order).forEach((note, index) => {
    const wanted = sortedExpected[index];
    assert.deepEqual(note.slice(1), wanted.slice(1));
    assert.ok(Math.abs(note[0] - wanted[0]) <= 1, `note ${index} at ${note[0]} ms, the interpreter says ${wanted[0]}`);
  });
  assert.ok(Math.abs(actual.end - expected.end) <= 1);
  if (!fluidsynth || !existsSync(soundfont)) return;
  execFileSync(fluidsynth, ["-ni", "-F", join(folder, "fluid.wav"), "-r", "44100", soundfont, path], { stdio: "ignore" });
  const audio = decodeWave(readFileSync(join(folder, "fluid.wav")));
  assert.ok(seconds(audio) >= 24.3 && seconds(audio) < 29, `fluidsynth rendered ${seconds(audio)} s`);
  assert.ok(peak(audio) > 0.05, `peak ${peak(audio)}`);
  assert.ok(firstSound(audio)! < 20);
});

test("Children's Songs No. 6 as a WAV file: its length plus the tail, not silent, starting within 5 ms", async () => {
  const path = join(folder, "children-song-6.wav");
  assert.equal(await run([song, "-o", path]), 0);
  const audio = decodeWave(readFileSync(path));
  assert.equal(audio.sampleRate, 44100);
  assert.equal(audio.channels.length, 2);
  assert.ok(seconds(audio) > 24.35 && seconds(audio) < 30, `${seconds(audio)} s`);
  assert.ok(peak(audio) > 0.05, `peak ${peak(audio)}`);
  assert.ok(firstSound(audio)! <= 5, `first sound at ${firstSound(audio)} ms`);
  // The render thread's file (its events sent in batches while the song was collected) is, to the
  // byte, the song's events rendered here at once with the same synthesizer.
  const collected = collect(openSong(song), { report: () => {} });
  assert.equal(collected.kind, "song");
  if (collected.kind !== "song") return;
  const here = await renderWave(collected.events, collected.end);
  assert.ok(Buffer.from(here).equals(readFileSync(path)), "the file differs from the render in this thread");
  // And it is the file rendered before the render streamed its events, read SoundFonts lazily and
  // had its reverb in WebAssembly (commit 817e0fe: `refrain render examples/children-song-6.hs -o
  // x.wav && sha256sum x.wav`), checked with sox: peak 0.28, RMS 0.074, notes from 0 s to 24.4 s in
  // its spectrogram, then the reverb's tail. A change of spessasynth_core or of the SoundFont
  // changes it too: check the new file so, then update the digest.
  assert.equal(createHash("sha256").update(readFileSync(path)).digest("hex"), "fc049da55c8267d8ea7fc9942ed301acf895cf52249ff4d655c7713b22f4750f");
});

/** The command from the sources; one that hangs is stopped after 5 minutes (a guard, not a measure of speed). */
function refrain(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "./bin/typescript.js", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 300_000 });
}

test("a song that does not end needs --seconds, and is cut there", () => {
  const path = join(folder, "loop.mid");
  const refused = refrain("render", "examples/paper-loop.hs", "-o", path);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^refrain: the song does not end \(still playing after .*\); give --seconds S\n$/);
  const cut = refrain("render", "examples/paper-loop.hs", "-o", path, "--seconds", "2.5");
  assert.equal(cut.status, 0, cut.stderr);
  const { notes, end } = fileNotes(path);
  assert.equal(end, 2500);
  assert.deepEqual(notes.at(-1), [2500, 0, false, 62]);
});

test("render's mistakes are one line each", () => {
  assert.match(refrain("render", song, "-o", join(folder, "x.mp3")).stderr, /^refrain render: -o needs an output file ending in \.mid or \.wav\n/);
  assert.match(refrain("render", song, "-o", join(folder, "x.mid"), "--seconds", "soon").stderr, /^refrain render: --seconds needs a number from 0.001 to 10000000, not soon\n$/);
  assert.match(refrain("render", song, "-o", join(folder, "x.wav"), "--soundfont", "missing.sf2").stderr, /^refrain: cannot use the SoundFont: ENOENT.*missing\.sf2'\n$/);
  assert.match(refrain("render", song, "-o", join(folder, "no", "such", "x.mid")).stderr, /^refrain: cannot write .*x\.mid: ENOENT/);
  // The synthesizer's thread, started before the song compiled, does not hold the command when the song fails.
  const broken = refrain("render", "examples/no-such-song.hs", "-o", join(folder, "x.wav"));
  assert.deepEqual([broken.status, broken.signal, broken.stderr], [1, null, "examples/no-such-song.hs: error: cannot read the file\n"]);
});
