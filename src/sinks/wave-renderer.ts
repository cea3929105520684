// WAV rendering in a thread of its own, started before the song is compiled: loading the
// synthesizer and its SoundFont (about half a second) overlaps the compiling and the collecting
// of the song's events, and the render runs beside the main thread.

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { TimedEvent } from "../events/index.ts";
import { startWorker } from "../isolate/start-worker.ts";
import type { RenderReport, RenderRequest, RenderThreadData } from "./render-thread.ts";

export interface WaveRenderer {
  /**
   * The events as a WAV file's bytes; `progress` hears the fraction done. Rejects with the reason
   * ("cannot use the SoundFont: …") when the SoundFont cannot be used. One render per renderer.
   */
  render(events: readonly TimedEvent[], end: number, progress?: (fraction: number) => void): Promise<Uint8Array>;
}

/**
 * Starts loading the synthesizer with `soundfont` (the default one when absent). The thread does
 * not keep the process alive until a render is asked for (so a song that fails to compile needs no clean-up).
 */
export function startWaveRenderer(soundfont?: string): WaveRenderer {
  const data: RenderThreadData = { soundfont };
  const entry = new URL(`./render-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const worker: Worker = startWorker(entry, { workerData: data });
  let failure: string | undefined;
  worker.on("message", (report: RenderReport) => {
    if (report.kind === "failed") failure = `cannot use the SoundFont: ${report.message}`;
  });
  worker.unref(); // (after the listener, which would hold the process again)
  return {
    render(events, end, progress) {
      return new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(new Error(failure));
        worker.ref();
        worker.on("message", (report: RenderReport) => {
          if (report.kind === "failed") reject(new Error(failure));
          else if (report.kind === "progress") progress?.(report.fraction);
          else if (report.kind === "done") resolve(report.wave);
        });
        worker.once("error", (error) => reject(new Error(`the render failed: ${error.message}`)));
        worker.once("exit", () => reject(new Error(failure ?? "the render thread stopped")));
        const request: RenderRequest = { events: events.map(({ time, port, channel, message }) => ({ time, port, channel, message })), end };
        worker.postMessage(request);
      }).finally(() => worker.terminate()) as Promise<Uint8Array>;
    },
  };
}
