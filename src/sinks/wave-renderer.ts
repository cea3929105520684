// WAV rendering in a thread of its own, started before the song is compiled: loading the
// synthesizer and its SoundFont (about half a second) overlaps the compiling and the collecting
// of the song's events, and the render runs beside the main thread.

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../isolate/start-worker.ts";
import type { RenderReport, RenderRequest, RenderThreadData } from "./render-thread.ts";
import type { SoundingEvent } from "./wav.ts";

export interface WaveRenderer {
  /**
   * The events as a WAV file's bytes; `progress` hears the fraction done. Rejects with the reason
   * ("cannot use the SoundFont: …") when the SoundFont cannot be used. One render per renderer.
   */
  render(events: readonly SoundingEvent[], end: number, progress?: (fraction: number) => void): Promise<Uint8Array>;
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
  let waiting: { resolve: (wave: Uint8Array) => void; reject: (error: Error) => void; progress?: (fraction: number) => void } | undefined;
  worker.on("message", (report: RenderReport) => {
    if (report.kind === "failed") waiting?.reject(new Error((failure = `cannot use the SoundFont: ${report.message}`)));
    else if (report.kind === "progress") waiting?.progress?.(report.fraction);
    else if (report.kind === "done") waiting?.resolve(report.wave);
  });
  worker.on("error", (error) => waiting?.reject(new Error(`the render failed: ${error.message}`)));
  worker.on("exit", () => waiting?.reject(new Error("the render thread stopped")));
  worker.unref(); // (after the listeners, which would hold the process again)
  return {
    async render(events, end, progress) {
      if (failure !== undefined) throw new Error(failure);
      worker.ref();
      try {
        return await new Promise<Uint8Array>((resolve, reject) => {
          waiting = { resolve, reject, progress };
          // Only what sounds is sent (a song's events also carry their places in its text).
          const request: RenderRequest = { events: events.map(({ time, port, channel, message }) => ({ time, port, channel, message })), end };
          worker.postMessage(request);
        });
      } finally {
        await worker.terminate();
      }
    },
  };
}
