// The render thread: loads the SoundFont into a synthesizer as soon as it starts (while the main
// thread compiles the song and collects its events), then renders the events it is sent into a
// WAV file's bytes. Started by wave-renderer.ts.

import { parentPort, workerData } from "node:worker_threads";
import { readSoundfont } from "./soundfont.ts";
import { prepareSynthesizer, renderWith, type SoundingEvent, type Synthesizer } from "./wav.ts";
import { encodeWave } from "./wave-file.ts";

export interface RenderThreadData {
  /** The SoundFont file (the default one when absent). */
  readonly soundfont?: string;
}

/** The song to render: its events (without their places in the song) and where it ends (ms). */
export interface RenderRequest {
  readonly events: readonly SoundingEvent[];
  readonly end: number;
}

/** What the thread tells the main thread. */
export type RenderReport =
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "progress"; readonly fraction: number }
  | { readonly kind: "done"; readonly wave: Uint8Array };

const port = parentPort!;
const report = (message: RenderReport, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const { soundfont } = workerData as RenderThreadData;

const synthesizer: Promise<Synthesizer> = readSoundfont(soundfont).then((bytes) => prepareSynthesizer(bytes));
synthesizer.catch((failure: Error) => report({ kind: "failed", message: failure.message }));

port.once("message", ({ events, end }: RenderRequest) => {
  synthesizer.then((synth) => {
    const audio = renderWith(synth, events, end, {
      progress: (fraction) => report({ kind: "progress", fraction }),
    });
    const wave = encodeWave(audio);
    report({ kind: "done", wave }, [wave.buffer as ArrayBuffer]);
  }, () => {}); // The failure is reported already.
});
