// The timing thread: takes messages from the shared queue, sleeps with Atomics.wait until just
// before each is due, spins the last fraction of a millisecond, then sends it to the MIDI port
// and notes it for the record (passed to the main thread to write). Started by timed-output.ts.

import { constants, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { openOutput, type MidiOutput, type MidiTarget } from "./midi-system.ts";
import { RecordBuffer } from "./record.ts";
import { monotonicClock, TimingQueue } from "./timing-queue.ts";

export interface TimingWorkerData {
  readonly buffer: SharedArrayBuffer;
  /** Clock time written as 0 in the record. */
  readonly origin: number;
  readonly midi?: MidiTarget;
  /** Collect record lines (posted as `records` messages). */
  readonly record: boolean;
}

/** What the worker tells the main thread. */
export type WorkerReport =
  | { readonly kind: "ready" }
  | { readonly kind: "records"; readonly text: string }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "closed" };

function report(message: WorkerReport): void {
  parentPort!.postMessage(message);
}

/** Wake this long (ms) before a message is due and spin the rest. */
const spin = 0.5;
/** Write the record when the next message is further away than this (ms)... */
const flushRoom = 2;
/** ...or when this many lines wait, whatever comes next. */
const flushLines = 1000;

const data = workerData as TimingWorkerData;
const queue = new TimingQueue(data.buffer);
const now = monotonicClock.now;

function serve(output: MidiOutput | undefined, record: RecordBuffer | undefined): void {
  for (;;) {
    const signal = queue.signal();
    queue.serveCancel();
    const message = queue.head();
    if (!message) {
      if (queue.closed) return;
      record?.flush();
      queue.sleep(signal, Infinity);
      continue;
    }
    const wait = message.due - now();
    if (record && record.pending > 0 && (wait > flushRoom || record.pending >= flushLines)) {
      record.flush();
      continue;
    }
    if (wait > spin) {
      queue.sleep(signal, wait - spin);
      continue;
    }
    while (now() < message.due) {
      if (queue.cancelWaiting()) break;
    }
    if (queue.cancelWaiting()) continue;
    output?.sendMessage(message.bytes);
    record?.record(message.due, now(), message.bytes);
    queue.take();
  }
}

/**
 * Asks the OS to run this thread before ordinary work, so that busy processes delay it less
 * (on Linux, setpriority applies to the calling thread). Without the right to, nothing changes.
 */
function raisePriority(): void {
  try {
    setPriority(0, constants.priority.PRIORITY_HIGHEST);
  } catch {
    // not allowed: the thread keeps its normal priority
  }
}

async function main(): Promise<void> {
  raisePriority();
  let output: MidiOutput | undefined;
  try {
    output = data.midi ? await openOutput(data.midi) : undefined;
  } catch (error) {
    return report({ kind: "error", message: (error as Error).message });
  }
  const record = data.record ? new RecordBuffer(data.origin, (text) => report({ kind: "records", text })) : undefined;
  report({ kind: "ready" });
  try {
    serve(output, record);
  } catch (error) {
    report({ kind: "error", message: (error as Error).message });
  } finally {
    record?.flush();
    output?.closePort();
    report({ kind: "closed" });
  }
}

await main();
