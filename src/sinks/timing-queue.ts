// The queue between the main thread and the timing worker: a ring of (due time, MIDI bytes)
// slots in a SharedArrayBuffer, with counters both threads watch through Atomics, and the
// monotonic clock (process.hrtime) that both threads read the same way.

import type { Clock } from "../schedule/index.ts";

/** Milliseconds on the process-wide monotonic clock: identical in every worker thread. */
export const monotonicClock: Clock = { now: () => Number(process.hrtime.bigint()) / 1e6 };

/** Slots in the ring (a power of two): far more than a second of the fastest allowed song. */
const capacity = 1 << 14;
const maxBytes = 3;
const slotBytes = maxBytes + 1;

/** Int32 counters; each is written by one side only (except SIGNAL, bumped by the main thread). */
const enum Counter {
  /** Slots written by the main thread. */
  Written,
  /** Slots taken (sent or dropped) by the worker. */
  Taken,
  /** Bumped on every change the worker must notice; the worker sleeps on it. */
  Signal,
  /** Cancel requests made by the main thread. */
  Cancels,
  /** Cancel requests served by the worker; the main thread waits on it. */
  Answered,
  /** 1 once the main thread will write no more. */
  Closed,
}
const counters = 8;
const cancelAnswerTimeout = 200;

export interface Message {
  readonly due: number;
  readonly bytes: number[];
}

export class TimingQueue {
  private readonly counters: Int32Array;
  /** [cancel time, cancel up to (Written at the request)]. */
  private readonly cancel: Float64Array;
  private readonly dues: Float64Array;
  /** Per slot: the byte count (0 = dropped by a cancel), then the bytes. */
  private readonly slots: Uint8Array;

  constructor(readonly buffer = new SharedArrayBuffer(counters * 4 + 2 * 8 + capacity * (8 + slotBytes))) {
    this.counters = new Int32Array(buffer, 0, counters);
    this.cancel = new Float64Array(buffer, counters * 4, 2);
    this.dues = new Float64Array(buffer, counters * 4 + 16, capacity);
    this.slots = new Uint8Array(buffer, counters * 4 + 16 + capacity * 8, capacity * slotBytes);
  }

  // The main thread's side.

  /** Appends a message; false when the ring is full. */
  push(message: Message): boolean {
    const written = Atomics.load(this.counters, Counter.Written);
    if (((written - Atomics.load(this.counters, Counter.Taken)) | 0) >= capacity) return false;
    const slot = written & (capacity - 1);
    this.dues[slot] = message.due;
    this.slots[slot * slotBytes] = Math.min(maxBytes, message.bytes.length);
    this.slots.set(message.bytes.slice(0, maxBytes), slot * slotBytes + 1);
    Atomics.store(this.counters, Counter.Written, (written + 1) | 0);
    this.wake();
    return true;
  }

  /** Drops the messages not yet sent that are due after `time`; waits (briefly) until the worker has. */
  requestCancel(time: number): void {
    this.cancel[0] = time;
    this.cancel[1] = Atomics.load(this.counters, Counter.Written);
    const request = Atomics.add(this.counters, Counter.Cancels, 1) + 1;
    this.wake();
    const deadline = monotonicClock.now() + cancelAnswerTimeout;
    for (;;) {
      const answered = Atomics.load(this.counters, Counter.Answered);
      const left = deadline - monotonicClock.now();
      if (answered === request || left <= 0) return;
      Atomics.wait(this.counters, Counter.Answered, answered, left);
    }
  }

  /** No more messages: the worker sends what is queued and stops. */
  close(): void {
    Atomics.store(this.counters, Counter.Closed, 1);
    this.wake();
  }

  private wake(): void {
    Atomics.add(this.counters, Counter.Signal, 1);
    Atomics.notify(this.counters, Counter.Signal);
  }

  // The worker's side.

  /** The current signal value, to be read before looking at the queue and then slept on. */
  signal(): number {
    return Atomics.load(this.counters, Counter.Signal);
  }

  /** Sleeps until the main thread changes something, or `timeout` ms pass. */
  sleep(signal: number, timeout: number): void {
    Atomics.wait(this.counters, Counter.Signal, signal, timeout);
  }

  get closed(): boolean {
    return Atomics.load(this.counters, Counter.Closed) === 1;
  }

  cancelWaiting(): boolean {
    return Atomics.load(this.counters, Counter.Cancels) !== Atomics.load(this.counters, Counter.Answered);
  }

  /** Serves a waiting cancel: marks the queued messages due after its time as dropped. */
  serveCancel(): void {
    const request = Atomics.load(this.counters, Counter.Cancels);
    if (request === Atomics.load(this.counters, Counter.Answered)) return;
    const [time, upTo] = this.cancel;
    for (let count = Atomics.load(this.counters, Counter.Taken); count !== upTo; count = (count + 1) | 0) {
      const slot = count & (capacity - 1);
      if (this.dues[slot] > time) this.slots[slot * slotBytes] = 0;
    }
    Atomics.store(this.counters, Counter.Answered, request);
    Atomics.notify(this.counters, Counter.Answered);
  }

  /** The next message to send, skipping dropped ones; undefined when the queue is empty. */
  head(): Message | undefined {
    for (;;) {
      const taken = Atomics.load(this.counters, Counter.Taken);
      if (taken === Atomics.load(this.counters, Counter.Written)) return undefined;
      const slot = taken & (capacity - 1);
      const length = this.slots[slot * slotBytes];
      if (length > 0) {
        const start = slot * slotBytes + 1;
        return { due: this.dues[slot], bytes: Array.from(this.slots.subarray(start, start + length)) };
      }
      this.take();
    }
  }

  /** The head message was sent. */
  take(): void {
    Atomics.add(this.counters, Counter.Taken, 1);
  }
}
