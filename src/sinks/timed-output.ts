// The live outputs' sink (Node): messages go through a shared queue to the timing worker, which
// sends each at its due time to a MIDI port and/or logs it to the `--record` file. `Say` texts
// have no MIDI bytes and are left to the other outputs.

import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { midiBytes } from "../events/index.ts";
import type { Delivery, Sink } from "../schedule/index.ts";
import type { MidiTarget } from "./midi-system.ts";
import { TimingQueue } from "./timing-queue.ts";
import type { TimingWorkerData } from "./timing-worker.ts";

export interface TimedOutputOptions {
  readonly midi?: MidiTarget;
  readonly record?: string;
  /** Clock time written as 0 in the record. */
  readonly origin: number;
  /** A failure after the start (the queue overflowed, the port failed). */
  readonly onError: (message: string) => void;
}

type WorkerReport = { readonly kind: "ready" } | { readonly kind: "error"; readonly message: string };

const closeTimeout = 5000;

/** The worker from its TypeScript source (through tsx) or from compiled JavaScript. */
function startWorker(data: TimingWorkerData): Worker {
  const self = fileURLToPath(import.meta.url);
  const entry = new URL(`./timing-worker${extname(self)}`, import.meta.url).href;
  if (extname(self) !== ".ts") return new Worker(new URL(entry), { workerData: data });
  const loader = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

export class TimedOutput implements Sink {
  private failed = false;
  private readonly exited: Promise<unknown>;

  private constructor(
    private readonly queue: TimingQueue,
    private readonly worker: Worker,
    private readonly onError: (message: string) => void,
  ) {
    this.exited = new Promise((resolve) => worker.once("exit", resolve));
  }

  /** Starts the timing worker; rejects with a one-line message when the MIDI port cannot be opened. */
  static start(options: TimedOutputOptions): Promise<TimedOutput> {
    const queue = new TimingQueue();
    const worker = startWorker({ buffer: queue.buffer, origin: options.origin, midi: options.midi, record: options.record });
    return new Promise((resolve, reject) => {
      worker.once("error", (error) => reject(error));
      worker.once("message", (report: WorkerReport) => {
        if (report.kind === "error") return reject(new Error(report.message));
        const output = new TimedOutput(queue, worker, options.onError);
        worker.on("message", (later: WorkerReport) => later.kind === "error" && output.fail(later.message));
        worker.on("error", (error) => output.fail(error.message));
        resolve(output);
      });
    });
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

  /** Sends what is queued (each at its time), then stops the worker. */
  async close(): Promise<void> {
    this.queue.close();
    const timeout = setTimeout(() => this.worker.terminate(), closeTimeout);
    await this.exited;
    clearTimeout(timeout);
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.onError(message);
  }
}
