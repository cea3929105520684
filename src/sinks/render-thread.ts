// The render thread: loads the SoundFont into a synthesizer as soon as it starts (while the main
// thread compiles the song), renders the song's events as they come in batches while the main
// thread is still collecting them, and at the song's end sends the WAV file. Started by wave-renderer.ts.

import { parentPort, workerData } from "node:worker_threads";
import { loadSoundBank } from "./sound-bank.ts";
import { prepareSynthesizer, type SoundingEvent, WaveRender } from "./wav.ts";

export interface RenderThreadData {
  /** The SoundFont file (the default one when absent). */
  readonly soundfont?: string;
}

/** What the main thread sends: the song's events in time order (without their places in the song), then its end (ms). */
export type RenderRequest =
  | { readonly kind: "events"; readonly events: readonly SoundingEvent[] }
  | { readonly kind: "end"; readonly end: number };

/** What the thread tells the main thread. */
export type RenderReport =
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "progress"; readonly fraction: number }
  | { readonly kind: "done"; readonly file: Uint8Array[] };

const port = parentPort!;
const report = (message: RenderReport, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const { soundfont } = workerData as RenderThreadData;

const render: Promise<WaveRender> = (async () => new WaveRender(await prepareSynthesizer(loadSoundBank(soundfont).bank)))();
render.catch((failure: Error) => report({ kind: "failed", message: failure.message }));

// Requests that come while the synthesizer loads wait for it, in order.
port.on("message", (request: RenderRequest) => {
  render.then((song) => {
    if (request.kind === "events") return song.play(request.events);
    const file = song.finish(request.end, { progress: (fraction) => report({ kind: "progress", fraction }) });
    report({ kind: "done", file }, file.map((piece) => piece.buffer as ArrayBuffer));
  }, () => {}); // The failure is reported already.
});
