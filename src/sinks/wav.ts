// WAV rendering: a song's events played through spessasynth_core (a SoundFont synthesizer) into
// 44.1 kHz stereo audio, each message applied at its exact sample, the release tail kept until
// the sound has died away. Platform-neutral: the SoundFont comes in as bytes.

import { SoundBankLoader, SpessaLog, SpessaSynthProcessor } from "spessasynth_core";
import type { TimedEvent } from "../events/index.ts";
import { speedUpReverb } from "./fast-reverb.ts";
import type { Audio } from "./wave-file.ts";

export const sampleRate = 44_100;

export interface RenderOptions {
  /** A SoundFont 2 or 3 (or DLS) file's bytes. */
  readonly soundfont: ArrayBuffer;
  /** Reverb and chorus (on by default). */
  readonly effects?: boolean;
  /** The longest tail kept after the end (ms); the tail stops earlier once it is silent. */
  readonly tail?: number;
  /** Called with the fraction done (0..1) every 1% or so. */
  readonly progress?: (fraction: number) => void;
}

/** Samples per synthesizer call: the granularity of modulators and LFOs. */
const block = 128;
/** The tail ends after this much sound below one 16-bit step. */
const silentRun = 0.2 * sampleRate;
const silence = 1 / 32768;
/** The tail most SoundFonts need, for the progress estimate. */
const expectedTail = 2 * sampleRate;

function sampleAt(time: number): number {
  return Math.round((time * sampleRate) / 1000);
}

/** What the synthesizer needs of an event (not where in the song it came from). */
export type SoundingEvent = Pick<TimedEvent, "time" | "port" | "channel" | "message">;

/** A synthesizer with its SoundFont loaded, ready to render one song. */
export type Synthesizer = SpessaSynthProcessor;

/** Loads the SoundFont into a new synthesizer (the slow part of a render that does not depend on the song). */
export async function prepareSynthesizer(soundfont: ArrayBuffer, effects = true): Promise<Synthesizer> {
  SpessaLog.warnEnabled = false;
  SpessaLog.infoEnabled = false;
  const synth = new SpessaSynthProcessor(sampleRate, { eventsEnabled: false, effectsEnabled: effects });
  speedUpReverb(synth);
  synth.soundBankManager.addSoundBank(SoundBankLoader.fromArrayBuffer(soundfont), "main");
  await synth.processorInitialized;
  return synth;
}

export async function renderAudio(events: readonly SoundingEvent[], end: number, options: RenderOptions): Promise<Audio> {
  return renderWith(await prepareSynthesizer(options.soundfont, options.effects), events, end, options);
}

/** Renders the events with a synthesizer that has played nothing yet. */
export function renderWith(synth: Synthesizer, events: readonly SoundingEvent[], end: number, options: Omit<RenderOptions, "soundfont" | "effects"> = {}): Audio {
  const songSamples = sampleAt(end);
  const total = songSamples + sampleAt(options.tail ?? 10_000);
  const left = new Float32Array(total);
  const right = new Float32Array(total);
  let position = 0;
  let reported = -1;
  const renderTo = (target: number) => {
    while (position < target) {
      const count = Math.min(block, target - position);
      synth.process(left, right, position, count);
      position += count;
    }
    const percent = Math.min(99, Math.floor((100 * position) / (songSamples + expectedTail)));
    if (percent !== reported) options.progress?.((reported = percent) / 100);
  };
  for (const event of events) {
    renderTo(Math.min(sampleAt(event.time), songSamples));
    apply(synth, event);
  }
  renderTo(songSamples);
  let quiet = 0;
  while (position < total && quiet < silentRun) {
    const start = position;
    renderTo(Math.min(total, position + block));
    const loud = left.subarray(start, position).some((sample, index) => Math.abs(sample) >= silence || Math.abs(right[start + index]) >= silence);
    quiet = loud ? 0 : quiet + (position - start);
  }
  options.progress?.(1);
  return { sampleRate, channels: [left.subarray(0, position), right.subarray(0, position)] };
}

function apply(synth: SpessaSynthProcessor, event: SoundingEvent): void {
  const message = event.message;
  if (message.type === "say") return;
  const channel = event.port * 16 + event.channel;
  while (synth.midiChannels.length <= channel) synth.createMIDIChannel();
  switch (message.type) {
    case "noteOn":
      return synth.noteOn(channel, message.pitch, message.velocity);
    case "noteOff":
      return synth.noteOff(channel, message.pitch);
    case "program":
      return synth.programChange(channel, message.program);
    case "control":
      return synth.controllerChange(channel, message.controller as Parameters<typeof synth.controllerChange>[1], message.value);
  }
}
