// The faster reverb (sinks/fast-reverb.ts, a plate in WebAssembly) against spessasynth_core's own:
// the same samples, exactly, block after block, as its parameters change; it is in place for the
// synthesizer Refrain uses and left out where it does not fit; its bytes are its text assembled.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { SpessaSynthProcessor } from "spessasynth_core";
import { assemble, bytesFile, bytesModule, watFile } from "../../scripts/assemble.ts";
import { speedUpReverb } from "../../src/sinks/fast-reverb.ts";

type Process = (input: Float32Array, left: Float32Array, right: Float32Array, start: number, count: number) => void;
interface Reverb { process: Process; decay: number; preDelay: number; damping: number; gain: number }

const reverbOf = (synth: SpessaSynthProcessor) => (synth as unknown as { reverbProcessor: { dattorro: Reverb } }).reverbProcessor.dattorro;

test("the faster reverb gives spessasynth_core's reverb's samples exactly", () => {
  const original = new SpessaSynthProcessor(44_100, { eventsEnabled: false, effectsEnabled: true });
  const faster = new SpessaSynthProcessor(44_100, { eventsEnabled: false, effectsEnabled: true });
  assert.equal(speedUpReverb(faster), true, "spessasynth_core's reverb is no longer the one fast-reverb.ts was written for");
  assert.notEqual(reverbOf(faster).process, reverbOf(original).process);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
  const outputs = [new Float32Array(512), new Float32Array(512), new Float32Array(512), new Float32Array(512)];
  let compared = 0;
  for (let block = 0; block < 3000; block++) {
    if (block % 700 === 350) {
      // As a reverb SysEx changes them.
      for (const reverb of [reverbOf(original), reverbOf(faster)]) Object.assign(reverb, { decay: 0.2 + block / 5000, preDelay: block / 10, damping: 0.01, gain: 0.8 });
    }
    const count = 1 + (block % 128), start = block % 64;
    // Sound, then silence: the tail must match too.
    const input = Float32Array.from({ length: count }, () => (block < 2000 ? random() * 0.5 : 0));
    reverbOf(original).process(input, outputs[0], outputs[1], start, count);
    reverbOf(faster).process(input, outputs[2], outputs[3], start, count);
    assert.deepEqual(outputs[2], outputs[0], `left, block ${block}`);
    assert.deepEqual(outputs[3], outputs[1], `right, block ${block}`);
    compared += count;
  }
  assert.ok(outputs[0].some((sample) => Math.abs(sample) > 0.01), "the reverb made no sound");
  assert.ok(compared > 190_000);
});

test("a reverb at another rate, or one that has played, keeps its process", () => {
  const other = new SpessaSynthProcessor(48_000, { eventsEnabled: false, effectsEnabled: true });
  assert.equal(speedUpReverb(other), false);
  const played = new SpessaSynthProcessor(44_100, { eventsEnabled: false, effectsEnabled: true });
  reverbOf(played).process(Float32Array.from({ length: 128 }, () => 0.5), new Float32Array(128), new Float32Array(128), 0, 128);
  assert.equal(speedUpReverb(played), false);
  // A plate keeps its state in itself: a second plate would start again from silence.
  const plated = new SpessaSynthProcessor(44_100, { eventsEnabled: false, effectsEnabled: true });
  assert.equal(speedUpReverb(plated), true);
  const plate = reverbOf(plated).process;
  assert.equal(speedUpReverb(plated), false);
  assert.equal(reverbOf(plated).process, plate);
});

test("the plate's bytes are dattorro.wat assembled (npm run assemble makes them)", async () => {
  assert.equal(readFileSync(bytesFile, "utf8"), bytesModule(await assemble(readFileSync(watFile, "utf8"))));
});
