// The time sources the scheduler runs on, injected so that the same code runs in Node, in a
// browser and in a Web Worker: a monotonic clock in milliseconds and a one-shot timer.

export interface Clock {
  /** Milliseconds on a monotonic clock; only differences matter. */
  now(): number;
}

export interface Timer {
  /** Calls `callback` once, about `delay` ms from now. */
  start(callback: () => void, delay: number): unknown;
  cancel(handle: unknown): void;
}

/** The clock every platform has: `performance.now()` (browser, Web Worker, Node). */
export const performanceClock: Clock = { now: () => globalThis.performance.now() };

/** A timer on `setTimeout`, which every platform has. */
export const timeoutTimer: Timer = {
  start: (callback, delay) => globalThis.setTimeout(callback, Math.max(0, delay)),
  cancel: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
