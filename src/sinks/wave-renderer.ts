// WAV rendering in a thread of its own, started before the song is compiled: loading the
// synthesizer and its SoundFont overlaps the compiling of the song, and the render runs beside the
// main thread, on the events sent as the song is collected.

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../isolate/start-worker.ts";
import type { RenderReport, RenderRequest, RenderThreadData } from "./render-thread.ts";
import type { SoundingEvent } from "./wav.ts";

export interface WaveRenderer {
  /** Plays the song's next events (in time order); they are sent on in batches (see batchSpan). */
  play(events: readonly SoundingEvent[]): void;
  /**
   * The song ends at `end` (ms): the WAV file, in pieces to write one after the other; `progress`
   * hears the fraction done. Rejects with the reason ("cannot use the SoundFont: …") when the
   * SoundFont cannot be used. One song per renderer.
   */
  finish(end: number, progress?: (fraction: number) => void): Promise<Uint8Array[]>;
  /** Stops the render (the song failed or does not end). */
  cancel(): void;
}

/**
 * The song time (ms) a batch of events sent to the thread spans: a quarter second at first, so that
 * the render starts at once, then a tenth of the song so far, so that a long song (or one found
 * not to end after an hour) is not sent in thousands of messages.
 */
const batchSpan = (from: number) => Math.max(250, from / 10);

/**
 * Starts loading the synthesizer with `soundfont` (the default one when absent). The thread does
 * not keep the process alive until the song's end is given (so a song that fails needs no clean-up).
 */
export function startWaveRenderer(soundfont?: string): WaveRenderer {
  const data: RenderThreadData = { soundfont };
  const entry = new URL(`./render-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const worker: Worker = startWorker(entry, { workerData: data });
  // The first failure, kept for `finish` when it comes before (the thread renders as the events come).
  let failure: string | undefined;
  let waiting: { resolve: (file: Uint8Array[]) => void; reject: (error: Error) => void; progress?: (fraction: number) => void } | undefined;
  const fail = (message: string) => {
    failure ??= message;
    waiting?.reject(new Error(failure));
  };
  worker.on("message", (report: RenderReport) => {
    if (report.kind === "failed") fail(`cannot use the SoundFont: ${report.message}`);
    else if (report.kind === "progress") waiting?.progress?.(report.fraction);
    else if (report.kind === "done") waiting?.resolve(report.file);
  });
  worker.on("error", (error) => fail(`the render failed: ${error.message}`));
  worker.on("exit", () => fail("the render thread stopped"));
  worker.unref(); // (after the listeners, which would hold the process again)
  const send = (request: RenderRequest) => worker.postMessage(request);
  let batch: SoundingEvent[] = [];
  const sendBatch = () => {
    if (batch.length > 0) send({ kind: "events", events: batch });
    batch = [];
  };
  return {
    play(events) {
      // Only what sounds is sent (a song's events also carry their places in its text).
      for (const { time, port, channel, message } of events) batch.push({ time, port, channel, message });
      if (batch.length > 0 && batch[batch.length - 1].time - batch[0].time >= batchSpan(batch[0].time)) sendBatch();
    },
    cancel() {
      void worker.terminate();
    },
    async finish(end, progress) {
      if (failure !== undefined) throw new Error(failure);
      worker.ref();
      try {
        return await new Promise<Uint8Array[]>((resolve, reject) => {
          waiting = { resolve, reject, progress };
          sendBatch();
          send({ kind: "end", end });
        });
      } finally {
        await worker.terminate();
      }
    },
  };
}
