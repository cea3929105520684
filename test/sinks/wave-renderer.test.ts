// The render thread (sinks/wave-renderer.ts) as the song's events stream to it: a failure while it
// renders, before the song's end is known, is what `finish` reports (it does not wait forever),
// and a render that is cancelled stops its thread.

import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { defaultSoundfontPath } from "../../src/sinks/soundfont.ts";
import { startWaveRenderer } from "../../src/sinks/wave-renderer.ts";
import { event } from "../support/songs.ts";

const notes = [
  event(0, { type: "program", program: 0 }),
  ...Array.from({ length: 8 }, (_, index) => [
    event(index * 300, { type: "noteOn", pitch: 48 + index * 5, velocity: 100 }),
    event(index * 300 + 250, { type: "noteOff", pitch: 48 + index * 5, velocity: 0 }),
  ]).flat(),
];

// The 5-minute timeouts guard against a render that hangs; they measure nothing.
test("a SoundFont that goes away while the song streams makes `finish` fail with the reason", { timeout: 300_000 }, async () => {
  const copy = join(mkdtempSync(join(tmpdir(), "refrain-renderer-")), "bank.sf3");
  copyFileSync(defaultSoundfontPath(), copy);
  const renderer = startWaveRenderer(copy);
  // Most likely the thread has loaded the bank by now, and fails at the first note's sample
  // before the song's end is given; else it cannot load it. Either way `finish` gets the reason.
  await sleep(1000);
  rmSync(copy);
  renderer.play(notes);
  await sleep(1000);
  await assert.rejects(renderer.finish(2400), /ENOENT/);
});

test("a cancelled render stops its thread", { timeout: 300_000 }, async () => {
  const renderer = startWaveRenderer();
  renderer.play(notes);
  renderer.cancel();
  await assert.rejects(renderer.finish(2400), /the render thread stopped/);
});
