// The live outputs' sink (Node): messages go through a shared queue to the timing worker, which
// sends each at its due time to a MIDI port and notes it for the `--record` file, written here on
// the main thread. `Say` texts have no MIDI bytes and are left to the other outputs.

import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../isolate/start-worker.ts";
import { midiBytes } from "../events/index.ts";
import type { Delivery, Sink } from "../schedule/index.ts";
import type { MidiTarget } from "./midi-system.ts";
import { TimingQueue } from "./timing-queue.ts";
import type { TimingWorkerData, WorkerReport } from "./timing-worker.ts";

export interface TimedOutputOptions {
  readonly midi?: MidiTarget;
  /** The `--record` file. */
  readonly record?: string;
  /** Clock time written as 0 in the record. */
  readonly origin: number;
  /** A failure after the start (the queue overflowed, the port or the record failed). */
  readonly onError: (message: string) => void;
}

const closeTimeout = 5000;

/** The timing worker, in the language this module runs in (TypeScript sources or compiled JavaScript). */
function startTimingWorker(data: TimingWorkerData): Worker {
  return startWorker(new URL(`./timing-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url), { workerData: data });
}

async function openRecord(path: string): Promise<WriteStream> {
  const file = createWriteStream(path);
  try {
    await once(file, "open");
  } catch (error) {
    throw new Error(`cannot write the record: ${(error as Error).message}`);
  }
  return file;
}

export class TimedOutput implements Sink {
  private failed = false;
  private readonly closed: Promise<unknown>;

  private constructor(
    private readonly queue: TimingQueue,
    private readonly worker: Worker,
    private readonly record: WriteStream | undefined,
    private readonly onError: (message: string) => void,
  ) {
    worker.on("message", (report: WorkerReport) => {
      if (report.kind === "records") record?.write(report.text);
      if (report.kind === "error") this.fail(report.message);
    });
    worker.on("error", (error) => this.fail(error.message));
    record?.on("error", (error) => this.fail(`cannot write the record: ${error.message}`));
    const reported = new Promise((resolve) => worker.on("message", (report: WorkerReport) => report.kind === "closed" && resolve(report)));
    this.closed = Promise.race([reported, once(worker, "exit")]);
  }

  /** Starts the timing worker; rejects with a one-line message when an output cannot be opened. */
  static async start(options: TimedOutputOptions): Promise<TimedOutput> {
    const record = options.record === undefined ? undefined : await openRecord(options.record);
    const queue = new TimingQueue();
    const worker = startTimingWorker({ buffer: queue.buffer, origin: options.origin, midi: options.midi, record: record !== undefined });
    const first = await new Promise<WorkerReport>((resolve, reject) => {
      worker.once("error", reject);
      worker.once("message", resolve);
    }).catch((error: Error) => ({ kind: "error" as const, message: error.message }));
    if (first.kind !== "ready") {
      record?.destroy();
      await worker.terminate();
      throw new Error(first.kind === "error" ? first.message : "the timing worker did not start");
    }
    return new TimedOutput(queue, worker, record, options.onError);
  }

  deliver(delivery: Delivery): void {
    const message = delivery.event.message;
    if (message.type === "say") return;
    const bytes = midiBytes(delivery.event.channel, message);
    if (!this.queue.push({ due: delivery.due, bytes })) this.fail("the timing queue is full; messages were dropped");
  }

  cancel(time: number): void {
    this.queue.requestCancel(time);
  }

  /** Sends what is queued (each at its time), stops the worker, and finishes the record. */
  async close(): Promise<void> {
    this.queue.close();
    const timeout = setTimeout(() => void this.worker.terminate(), closeTimeout);
    await this.closed;
    clearTimeout(timeout);
    if (this.record) {
      this.record.end();
      await once(this.record, "finish").catch(() => {});
    }
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.onError(message);
  }
}
