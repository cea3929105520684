// Measures of rendered audio for tests: length, loudness, and where the sound starts.

import type { Audio } from "../../src/sinks/wave-file.ts";

export function seconds(audio: Audio): number {
  return audio.channels[0].length / audio.sampleRate;
}

export function peak(audio: Audio): number {
  let peak = 0;
  for (const channel of audio.channels) for (const sample of channel) peak = Math.max(peak, Math.abs(sample));
  return peak;
}

/** Time (ms) of the first sample louder than `threshold`, or undefined in silence. */
export function firstSound(audio: Audio, threshold = 0.001): number | undefined {
  const frames = audio.channels[0].length;
  for (let frame = 0; frame < frames; frame++) {
    if (audio.channels.some((channel) => Math.abs(channel[frame]) > threshold)) return (frame * 1000) / audio.sampleRate;
  }
  return undefined;
}

/** Time (ms) just after the last sample louder than `threshold`, or undefined in silence. */
export function lastSound(audio: Audio, threshold = 0.001): number | undefined {
  for (let frame = audio.channels[0].length - 1; frame >= 0; frame--) {
    if (audio.channels.some((channel) => Math.abs(channel[frame]) > threshold)) return ((frame + 1) * 1000) / audio.sampleRate;
  }
  return undefined;
}
