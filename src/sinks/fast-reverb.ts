// spessasynth_core's reverb (a Dattorro plate, its DattorroReverb) computed faster: the same
// arithmetic in the same order, so the same samples, in WebAssembly (dattorro.wat). A WAV render
// spent most of its time in the reverb, and in JavaScript the reverb's loop took V8 about 80 ms
// to optimise, running many times slower meanwhile, at the start of every render; WebAssembly is
// compiled before it runs. The plate is laid out for 44.1 kHz, the rate of Refrain's renders.

import type { SpessaSynthProcessor } from "spessasynth_core";
import { dattorroWasm } from "./dattorro-wasm.ts";

/** A delay line as spessasynth_core keeps it: buffer, write position, read position, mask. */
type DelayLine = [Float32Array, number, number, number];

/** The fields of spessasynth_core's DattorroReverb that its `process` reads and writes. */
interface Dattorro {
  preDelay: number;
  preLPF: number;
  inputDiffusion1: number;
  inputDiffusion2: number;
  decay: number;
  decayDiffusion1: number;
  decayDiffusion2: number;
  damping: number;
  excursionRate: number;
  excursionDepth: number;
  gain: number;
  sampleRate: number;
  lp1: number;
  lp2: number;
  lp3: number;
  excPhase: number;
  pDWrite: number;
  taps: ArrayLike<number>;
  pDelay: Float32Array;
  pDLength: number;
  delays: DelayLine[];
  process(input: Float32Array, left: Float32Array, right: Float32Array, start: number, count: number): void;
}

/** What dattorro.wat exports. */
interface Plate {
  readonly memory: WebAssembly.Memory;
  process(count: number, delayBy: number, inputDiffusion1: number, inputDiffusion2: number, decay: number,
    decayDiffusion1: number, decayDiffusion2: number, damped: number, preLPF: number, gain: number): void;
}

/** The plate's lines (their sizes and lengths) and taps at 44.1 kHz, as dattorro.wat has them. */
const plateRate = 44_100;
const lineSizes = [256, 256, 1024, 512, 1024, 8192, 4096, 8192, 2048, 8192, 4096, 8192];
const lineLengths = [210, 159, 562, 410, 996, 6598, 2667, 5512, 1345, 6249, 3936, 4687];
const plateTaps = [394, 4407, 2835, 2958, 2949, 277, 1580, 523, 5375, 1820, 3961, 3128, 496, 179];
/** Where the plate's memory holds a block's input, excursions and output (bytes), and the block's largest size. */
const blockInput = 360_720, excursions = 361_232, excursions2 = 362_256, outputLeft = 363_280, outputRight = 364_304;
const largestBlock = 128;

/**
 * A Dattorro reverb of the shape, rate and layout the plate was written for, that has not played
 * yet (with its own `process`: one given a plate keeps its state in the plate).
 */
function dattorroOf(synth: SpessaSynthProcessor): Dattorro | undefined {
  const dattorro = (synth as unknown as { reverbProcessor?: { dattorro?: Partial<Dattorro> } }).reverbProcessor?.dattorro;
  if (dattorro === undefined || !Array.isArray(dattorro.delays) || typeof dattorro.process !== "function") return undefined;
  if (Object.hasOwn(dattorro, "process")) return undefined;
  const laidOut = dattorro.sampleRate === plateRate && dattorro.pDLength === plateRate && dattorro.delays.length === lineSizes.length
    && dattorro.delays.every(([buffer, write, read, mask], index) =>
      buffer.length === lineSizes[index] && mask === lineSizes[index] - 1 && write === lineLengths[index] - 1 && read === 0)
    && Array.from(dattorro.taps ?? []).join() === plateTaps.join();
  const unplayed = dattorro.pDWrite === 0 && dattorro.lp1 === 0 && dattorro.lp2 === 0 && dattorro.lp3 === 0;
  return laidOut && unplayed ? (dattorro as Dattorro) : undefined;
}

let plateModule: WebAssembly.Module | undefined;

/** Gives the synthesizer's reverb a plate of its own; false if its reverb is not the one the plate knows. */
export function speedUpReverb(synth: SpessaSynthProcessor): boolean {
  const dattorro = dattorroOf(synth);
  if (dattorro === undefined) return false;
  plateModule ??= new WebAssembly.Module(Buffer.from(dattorroWasm, "base64"));
  const plate = new WebAssembly.Instance(plateModule).exports as unknown as Plate;
  const memory = plate.memory.buffer;
  const input = new Float32Array(memory, blockInput, largestBlock);
  const cosines = new Float64Array(memory, excursions, largestBlock);
  const sines = new Float64Array(memory, excursions2, largestBlock);
  const left = new Float64Array(memory, outputLeft, largestBlock);
  const right = new Float64Array(memory, outputRight, largestBlock);
  dattorro.process = (block, toLeft, toRight, start, count) => {
    if (count > largestBlock) throw new RangeError(`a reverb block of ${count} samples (at most ${largestBlock})`);
    const d = dattorro;
    input.set(block.subarray(0, count));
    // The excursion as DattorroReverb computes it, sample by sample.
    const ex = d.excursionRate / d.sampleRate;
    const ed = (d.excursionDepth * d.sampleRate) / 1e3;
    let phase = d.excPhase;
    for (let i = 0; i < count; i++) {
      cosines[i] = ed * (1 + Math.cos(phase * 6.28));
      sines[i] = ed * (1 + Math.sin(phase * 6.2847));
      phase += ex;
    }
    d.excPhase = phase;
    plate.process(count, d.preDelay | 0, d.inputDiffusion1, d.inputDiffusion2, d.decay, d.decayDiffusion1, d.decayDiffusion2, 1 - d.damping, d.preLPF, d.gain);
    for (let i = 0; i < count; i++) {
      toLeft[start + i] += left[i];
      toRight[start + i] += right[i];
    }
  };
  return true;
}
