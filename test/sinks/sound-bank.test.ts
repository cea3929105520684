// Loading a SoundFont reading only what is played: the default SF3's presets alone at first, the
// samples a song plays when it plays them, and the same sound as spessasynth_core's own loader,
// which reads and copies the whole file; a file changed meanwhile is an error; a SoundFont of
// plain samples is read whole.

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { type BasicSoundBank, SoundBankLoader } from "spessasynth_core";
import { loadSoundBank } from "../../src/sinks/sound-bank.ts";
import { defaultSoundfontPath } from "../../src/sinks/soundfont.ts";
import { prepareSynthesizer, WaveRender } from "../../src/sinks/wav.ts";
import { event } from "../support/songs.ts";

/** A piano and a flute, a chord each, and a drum. */
const song = [
  event(0, { type: "program", program: 0 }),
  event(0, { type: "program", program: 73 }, 1),
  ...[48, 64, 67].map((pitch) => event(0, { type: "noteOn", pitch, velocity: 90 })),
  ...[72, 76].map((pitch) => event(300, { type: "noteOn", pitch, velocity: 80 }, 1)),
  event(500, { type: "noteOn", pitch: 38, velocity: 100 }, 9),
  ...[48, 64, 67].map((pitch) => event(900, { type: "noteOff", pitch, velocity: 0 })),
  ...[72, 76].map((pitch) => event(1000, { type: "noteOff", pitch, velocity: 0 }, 1)),
];

async function render(bank: BasicSoundBank): Promise<Buffer> {
  const wave = new WaveRender(await prepareSynthesizer(bank));
  wave.play(song);
  return Buffer.concat(wave.finish(1200));
}

test("the default SoundFont is read as it is played, and sounds as when read whole", async () => {
  const path = defaultSoundfontPath();
  const size = statSync(path).size;
  const loaded = loadSoundBank(path);
  const presets = loaded.bytesRead();
  assert.ok(presets < 200_000, `${presets} of ${size} bytes read to load it`);
  assert.ok(loaded.bank.presets.length > 128, `${loaded.bank.presets.length} presets`);
  const lazily = await render(loaded.bank);
  const played = loaded.bytesRead() - presets;
  assert.ok(played > 0 && played < size / 20, `${played} of ${size} bytes read to play three instruments`);
  const whole = await render(SoundBankLoader.fromArrayBuffer(readFileSync(path).buffer));
  assert.ok(lazily.equals(whole), "the render differs from the one with the file read whole");
});

test("a SoundFont changed after it was loaded is an error when a sample is first played, not wrong sound", async () => {
  const copy = join(mkdtempSync(join(tmpdir(), "refrain-bank-")), "bank.sf3");
  copyFileSync(defaultSoundfontPath(), copy);
  const { bank } = loadSoundBank(copy);
  utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
  const wave = new WaveRender(await prepareSynthesizer(bank));
  assert.throws(() => wave.play(song), /bank\.sf3 changed while it was being played/);
});

const plainSamples = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

test("a SoundFont of plain (not Ogg Vorbis) samples is read whole", { skip: !existsSync(plainSamples) && `no ${plainSamples}` }, () => {
  const loaded = loadSoundBank(plainSamples);
  assert.equal(loaded.bytesRead(), statSync(plainSamples).size);
  assert.ok(loaded.bank.presets.length > 128);
});
