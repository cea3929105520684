// What the scheduler hands its events to: an output that takes each message ahead of time,
// with the clock time at which it must leave, and can take back what has not left yet.

import type { TimedEvent } from "../events/index.ts";

export interface Delivery {
  /** Clock time (ms, the scheduler's clock) at which the message must leave. */
  readonly due: number;
  /** The event, with its provenance spans. */
  readonly event: TimedEvent;
}

export interface Sink {
  /** Takes a message up to the look-ahead before it is due; due times never decrease between cancels. */
  deliver(delivery: Delivery): void;
  /** Drops every message not yet sent that is due after `time` (pause, stop, restart). */
  cancel(time: number): void;
}
