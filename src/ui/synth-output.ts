// The built-in General MIDI synthesizer: spessasynth_lib in an AudioWorklet with the SoundFont
// served by the studio, each message scheduled on the audio clock at its exact due time.

import { WorkletSynthesizer } from "spessasynth_lib";
import type { Output } from "./player.ts";

export interface SynthOutput extends Output {
  readonly context: AudioContext;
}

/** Audio time of a local `performance.now()` time, through the context's output timestamp. */
function audioTime(context: AudioContext, at: number): number {
  const stamp = context.getOutputTimestamp();
  if (stamp.performanceTime && stamp.contextTime !== undefined) {
    return stamp.contextTime + (at - stamp.performanceTime) / 1000;
  }
  return context.currentTime + (at - performance.now()) / 1000;
}

/** Must be called from a user gesture (the browser allows sound only after one). */
export async function startSynth(progress: (text: string) => void): Promise<SynthOutput> {
  const context = new AudioContext({ latencyHint: "interactive" });
  const resumed = context.resume();
  progress("Starting the synthesizer…");
  await context.audioWorklet.addModule("/audio/processor.js");
  const synth = new WorkletSynthesizer(context, { eventsEnabled: false });
  synth.connect(context.destination);
  progress("Loading the General MIDI SoundFont…");
  const response = await fetch("/audio/soundfont.sf3");
  if (!response.ok) throw new Error(`the SoundFont could not be loaded (${response.status})`);
  await synth.soundBankManager.addSoundBank(await response.arrayBuffer(), "main");
  await synth.isReady;
  await resumed;
  return {
    context,
    send(bytes, at, port) {
      while (synth.channelCount < (port + 1) * 16 && synth.channelCount < 64) synth.addNewChannel();
      synth.sendMessage(bytes, port * 16, { time: audioTime(context, at) });
    },
  };
}
