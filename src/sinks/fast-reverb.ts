// spessasynth_core's reverb (a Dattorro plate, its DattorroReverb) computed faster: the same
// arithmetic in the same order, so the same samples, with each delay line's buffer and positions
// in local variables rather than looked up in an array at every read and write. A WAV render
// spent about three quarters of its time in the reverb.

import type { SpessaSynthProcessor } from "spessasynth_core";

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

/** The synthesizer's Dattorro reverb, if it has the shape this file was written for. */
function dattorroOf(synth: SpessaSynthProcessor): Dattorro | undefined {
  const dattorro = (synth as unknown as { reverbProcessor?: { dattorro?: Partial<Dattorro> } }).reverbProcessor?.dattorro;
  const fits = dattorro !== undefined && Array.isArray(dattorro.delays) && dattorro.delays.length === 12 && dattorro.taps?.length === 14
    && dattorro.pDelay instanceof Float32Array && typeof dattorro.process === "function";
  return fits ? (dattorro as Dattorro) : undefined;
}

/** Gives the synthesizer's reverb the faster `process`; false if its reverb is not the one this file knows. */
export function speedUpReverb(synth: SpessaSynthProcessor): boolean {
  const dattorro = dattorroOf(synth);
  if (dattorro === undefined) return false;
  dattorro.process = (input, outputLeft, outputRight, startIndex, sampleCount) => processDattorro(dattorro, input, outputLeft, outputRight, startIndex, sampleCount);
  return true;
}

/** DattorroReverb.process of spessasynth_core 4.3, step for step. */
function processDattorro(reverb: Dattorro, input: Float32Array, outputLeft: Float32Array, outputRight: Float32Array, startIndex: number, sampleCount: number): void {
  const pd = reverb.preDelay | 0;
  const fi = reverb.inputDiffusion1;
  const si = reverb.inputDiffusion2;
  const dc = reverb.decay;
  const ft = reverb.decayDiffusion1;
  const st = reverb.decayDiffusion2;
  const dp = 1 - reverb.damping;
  const ex = reverb.excursionRate / reverb.sampleRate;
  const ed = (reverb.excursionDepth * reverb.sampleRate) / 1e3;
  const preLPF = reverb.preLPF, gain = reverb.gain;
  const pDelay = reverb.pDelay, pDLength = reverb.pDLength;
  const blockStart = reverb.pDWrite;
  for (let j = 0; j < sampleCount; j++) pDelay[(blockStart + j) % pDLength] = input[j];
  const [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13] = Array.from(reverb.taps);
  const d = reverb.delays;
  const b0 = d[0][0], b1 = d[1][0], b2 = d[2][0], b3 = d[3][0], b4 = d[4][0], b5 = d[5][0], b6 = d[6][0], b7 = d[7][0], b8 = d[8][0], b9 = d[9][0], b10 = d[10][0], b11 = d[11][0];
  const m0 = d[0][3], m1 = d[1][3], m2 = d[2][3], m3 = d[3][3], m4 = d[4][3], m5 = d[5][3], m6 = d[6][3], m7 = d[7][3], m8 = d[8][3], m9 = d[9][3], m10 = d[10][3], m11 = d[11][3];
  let w0 = d[0][1], w1 = d[1][1], w2 = d[2][1], w3 = d[3][1], w4 = d[4][1], w5 = d[5][1], w6 = d[6][1], w7 = d[7][1], w8 = d[8][1], w9 = d[9][1], w10 = d[10][1], w11 = d[11][1];
  let r0 = d[0][2], r1 = d[1][2], r2 = d[2][2], r3 = d[3][2], r4 = d[4][2], r5 = d[5][2], r6 = d[6][2], r7 = d[7][2], r8 = d[8][2], r9 = d[9][2], r10 = d[10][2], r11 = d[11][2];
  let lp1 = reverb.lp1, lp2 = reverb.lp2, lp3 = reverb.lp3, excPhase = reverb.excPhase;
  for (let i = 0; i < sampleCount; i++) {
    lp1 += preLPF * (pDelay[(pDLength + blockStart - pd + i) % pDLength] - lp1);
    let pre = (b0[w0] = lp1 - fi * b0[r0]);
    pre = b1[w1] = fi * (pre - b1[r1]) + b0[r0];
    pre = b2[w2] = fi * pre + b1[r1] - si * b2[r2];
    pre = b3[w3] = si * (pre - b3[r3]) + b2[r2];
    const split = si * pre + b3[r3];
    const exc = ed * (1 + Math.cos(excPhase * 6.28));
    const exc2 = ed * (1 + Math.sin(excPhase * 6.2847));
    let temp = (b4[w4] = split + dc * b11[r11] + ft * interpolated(b4, r4, m4, exc));
    b5[w5] = interpolated(b4, r4, m4, exc) - ft * temp;
    lp2 += dp * (b5[r5] - lp2);
    temp = b6[w6] = dc * lp2 - st * b6[r6];
    b7[w7] = b6[r6] + st * temp;
    temp = b8[w8] = split + dc * b7[r7] + ft * interpolated(b8, r8, m8, exc2);
    b9[w9] = interpolated(b8, r8, m8, exc2) - ft * temp;
    lp3 += dp * (b9[r9] - lp3);
    temp = b10[w10] = dc * lp3 - st * b10[r10];
    b11[w11] = b10[r10] + st * temp;
    const leftSample = b9[(r9 + t0) & m9] + b9[(r9 + t1) & m9] - b10[(r10 + t2) & m10] + b11[(r11 + t3) & m11] - b5[(r5 + t4) & m5] - b6[(r6 + t5) & m6] - b7[(r7 + t6) & m7];
    const idx = i + startIndex;
    outputLeft[idx] += leftSample * gain;
    const rightSample = b5[(r5 + t7) & m5] + b5[(r5 + t8) & m5] - b6[(r6 + t9) & m6] + b7[(r7 + t10) & m7] - b9[(r9 + t11) & m9] - b10[(r10 + t12) & m10] - b11[(r11 + t13) & m11];
    outputRight[idx] += rightSample * gain;
    excPhase += ex;
    // Each delay line moves on one sample (written out: these are locals, for speed).
    w0 = (w0 + 1) & m0; r0 = (r0 + 1) & m0;
    w1 = (w1 + 1) & m1; r1 = (r1 + 1) & m1;
    w2 = (w2 + 1) & m2; r2 = (r2 + 1) & m2;
    w3 = (w3 + 1) & m3; r3 = (r3 + 1) & m3;
    w4 = (w4 + 1) & m4; r4 = (r4 + 1) & m4;
    w5 = (w5 + 1) & m5; r5 = (r5 + 1) & m5;
    w6 = (w6 + 1) & m6; r6 = (r6 + 1) & m6;
    w7 = (w7 + 1) & m7; r7 = (r7 + 1) & m7;
    w8 = (w8 + 1) & m8; r8 = (r8 + 1) & m8;
    w9 = (w9 + 1) & m9; r9 = (r9 + 1) & m9;
    w10 = (w10 + 1) & m10; r10 = (r10 + 1) & m10;
    w11 = (w11 + 1) & m11; r11 = (r11 + 1) & m11;
  }
  const positions = [[w0, r0], [w1, r1], [w2, r2], [w3, r3], [w4, r4], [w5, r5], [w6, r6], [w7, r7], [w8, r8], [w9, r9], [w10, r10], [w11, r11]];
  for (let index = 0; index < 12; index++) [d[index][1], d[index][2]] = positions[index];
  reverb.lp1 = lp1;
  reverb.lp2 = lp2;
  reverb.lp3 = lp3;
  reverb.excPhase = excPhase;
  reverb.pDWrite = (blockStart + sampleCount) % pDLength;
}

/** DattorroReverb.readDelayCAt: a cubic interpolation at fractional offset `at` from the read position. */
function interpolated(buffer: Float32Array, read: number, mask: number, at: number): number {
  const frac = at - ~~at;
  let int = ~~at + read - 1;
  const x0 = buffer[int++ & mask], x1 = buffer[int++ & mask], x2 = buffer[int++ & mask], x3 = buffer[int & mask];
  const a = (3 * (x1 - x2) - x0 + x3) / 2, b = 2 * x2 + x0 - (5 * x1 + x3) / 2, c = (x2 - x0) / 2;
  return ((a * frac + b) * frac + c) * frac + x1;
}
