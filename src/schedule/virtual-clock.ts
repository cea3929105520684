// A clock and timer that only move when told to: tests (and offline runs) drive the scheduler
// through hours of music in milliseconds of real time, with optional simulated timer lateness.

import type { Clock, Timer } from "./clock.ts";

interface Pending {
  readonly at: number;
  readonly order: number;
  readonly callback: () => void;
}

export class VirtualClock implements Clock, Timer {
  private current: number;
  private order = 0;
  private readonly pending = new Map<number, Pending>();

  /** `lateness` is added to every timer's delay (simulating a busy event loop). */
  constructor(start = 0, private readonly lateness: () => number = () => 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  start(callback: () => void, delay: number): unknown {
    const order = this.order++;
    const at = this.current + Math.max(0, delay) + this.lateness();
    this.pending.set(order, { at, order, callback });
    return order;
  }

  cancel(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves time forward by `duration` ms, firing every timer that comes due on the way, in order. */
  advance(duration: number): void {
    this.advanceTo(this.current + duration);
  }

  advanceTo(time: number): void {
    for (;;) {
      const next = this.earliest();
      if (!next || next.at > time) break;
      this.pending.delete(next.order);
      this.current = Math.max(this.current, next.at);
      next.callback();
    }
    this.current = Math.max(this.current, time);
  }

  /** Number of timers waiting to fire. */
  get timers(): number {
    return this.pending.size;
  }

  private earliest(): Pending | undefined {
    let best: Pending | undefined;
    for (const entry of this.pending.values()) {
      if (!best || entry.at < best.at || (entry.at === best.at && entry.order < best.order)) best = entry;
    }
    return best;
  }
}
