// WAV rendering: a song's events played through spessasynth_core (a SoundFont synthesizer) into
// a 44.1 kHz stereo 16-bit WAV file, each message applied at its exact sample, the release tail
// kept until the sound has died away. The events may come in batches while the song is still being
// collected: each batch is rendered up to its last event at once, and the file is the same.

import type { BasicSoundBank } from "spessasynth_core";
import { SpessaSynthProcessor } from "spessasynth_core";
import type { TimedEvent } from "../events/index.ts";
import { speedUpReverb } from "./fast-reverb.ts";
import { loadSoundBank } from "./sound-bank.ts";
import { StereoWaveWriter } from "./wave-file.ts";

export const sampleRate = 44_100;

export interface RenderOptions {
  /** The longest tail kept after the end (ms); the tail stops earlier once it is silent. */
  readonly tail?: number;
  /** Called with the fraction done (0..1) every 1% or so, once the song's end is known. */
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

/** A new synthesizer playing the sound bank (with reverb and chorus unless `effects` is false). */
export async function prepareSynthesizer(bank: BasicSoundBank, effects = true): Promise<Synthesizer> {
  const synth = new SpessaSynthProcessor(sampleRate, { eventsEnabled: false, effectsEnabled: effects });
  speedUpReverb(synth);
  synth.soundBankManager.addSoundBank(bank, "main");
  await synth.processorInitialized;
  return synth;
}

/** One song's render: events are played as they come, then `finish` gives the WAV file. */
export class WaveRender {
  private readonly left = new Float32Array(block);
  private readonly right = new Float32Array(block);
  private readonly file = new StereoWaveWriter(sampleRate);
  private position = 0;

  constructor(private readonly synth: Synthesizer) {}

  /** Renders up to each event's time and applies it (events in time order, after those played and not after the song's end). */
  play(events: readonly SoundingEvent[]): void {
    for (const event of events) {
      this.renderTo(sampleAt(event.time));
      apply(this.synth, event);
    }
  }

  /** Renders to the song's end (ms) and the tail until it is silent; the file, in pieces. */
  finish(end: number, options: RenderOptions = {}): Uint8Array[] {
    const songSamples = sampleAt(end);
    const total = songSamples + sampleAt(options.tail ?? 10_000);
    let reported = -1;
    const progress = () => {
      const percent = Math.min(99, Math.floor((100 * this.position) / (songSamples + expectedTail)));
      if (percent !== reported) options.progress?.((reported = percent) / 100);
    };
    while (this.position < songSamples) {
      this.renderTo(Math.min(songSamples, this.position + 100 * block));
      progress();
    }
    for (let quiet = 0; this.position < total && quiet < silentRun; progress()) {
      const count = this.renderTo(Math.min(total, this.position + block));
      quiet = this.isLoud(count) ? 0 : quiet + count;
    }
    options.progress?.(1);
    return this.file.finish();
  }

  /** Renders up to the sample `target` in blocks; the last block's length. */
  private renderTo(target: number): number {
    const { left, right, synth } = this;
    let count = 0;
    while (this.position < target) {
      count = Math.min(block, target - this.position);
      left.fill(0);
      right.fill(0);
      synth.process(left, right, 0, count);
      this.file.write(left, right, count);
      this.position += count;
    }
    return count;
  }

  /** Whether the last block rendered (of `count` samples) is louder than one 16-bit step. */
  private isLoud(count: number): boolean {
    for (let index = 0; index < count; index++) {
      if (Math.abs(this.left[index]) >= silence || Math.abs(this.right[index]) >= silence) return true;
    }
    return false;
  }
}

/** The events rendered at once with the SoundFont at `soundfont` (the default one when absent): a WAV file's bytes. */
export async function renderWave(events: readonly SoundingEvent[], end: number, options: RenderOptions & { soundfont?: string; effects?: boolean } = {}): Promise<Uint8Array> {
  const render = new WaveRender(await prepareSynthesizer(loadSoundBank(options.soundfont).bank, options.effects));
  render.play(events);
  return Buffer.concat(render.finish(end, options));
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
