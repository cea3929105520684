// Guards between the song and the outputs: elements the interpreter skipped and MIDI values out
// of range are reported (and skipped), and a song producing events (or elements) faster than a
// limit is stopped with a clear error.

import type { ElementStep, TimedEvent } from "../events/index.ts";
import type { Span } from "../text/index.ts";

/** Something wrong with one element or event; it was skipped and the music goes on. */
export interface Problem {
  /** Song time (ms) of the event. */
  readonly time: number;
  readonly message: string;
  /** Provenance of the event (or of the element), as the interpreter gives them. */
  readonly spans: readonly Span[];
}

export const defaultEventLimit = 2000;

/** Elements without events (Waits) may come faster than events, but not without bound. */
const elementsPerEvent = 10;

function inRange(value: number, low: number, high: number): boolean {
  return Number.isInteger(value) && value >= low && value <= high;
}

/** Why an event cannot be sent, or undefined when it is fine. */
export function outOfRange(event: TimedEvent): string | undefined {
  if (!inRange(event.port, 0, Number.MAX_SAFE_INTEGER)) return `port ${event.port} is not a whole number ≥ 0`;
  if (!inRange(event.channel, 0, 15)) return `MIDI channel ${event.channel} is outside 0–15`;
  const message = event.message;
  const check = (name: string, value: number, low: number) =>
    inRange(value, low, 127) ? undefined : `${name} ${value} is outside ${low}–127`;
  switch (message.type) {
    case "noteOn":
      return check("pitch", message.pitch, 0) ?? check("velocity", message.velocity, 1);
    case "noteOff":
      return check("pitch", message.pitch, 0) ?? check("velocity", message.velocity, 0);
    case "program":
      return check("program", message.program, 0);
    case "control":
      return check("controller", message.controller, 0) ?? check("controller value", message.value, 0);
    case "say":
      return undefined;
  }
}

/** Counts items on the song's timeline; exceeded when more than `limit` fall within one second. */
export class RateWindow {
  private readonly times: number[] = [];
  private oldest = 0;

  constructor(readonly limit: number) {}

  /** Records an item at `time` (non-decreasing); true when the limit is now exceeded. */
  add(time: number): boolean {
    if (this.times.length < this.limit) {
      this.times.push(time);
      return false;
    }
    const exceeded = time - this.times[this.oldest] < 1000;
    this.times[this.oldest] = time;
    this.oldest = (this.oldest + 1) % this.limit;
    return exceeded;
  }

  reset(): void {
    this.times.length = 0;
    this.oldest = 0;
  }
}

export function formatSongTime(time: number): string {
  return `${(time / 1000).toFixed(3)} s`;
}

/** Checks each step of a song: bad events are reported and dropped, floods become an error step. */
export class StepChecker {
  private readonly events: RateWindow;
  private readonly elements: RateWindow;

  constructor(
    private readonly report: (problem: Problem) => void,
    eventLimit = defaultEventLimit,
  ) {
    this.events = new RateWindow(eventLimit);
    this.elements = new RateWindow(eventLimit * elementsPerEvent);
  }

  check(step: ElementStep): ElementStep {
    if (step.kind !== "element") return step;
    if (this.elements.add(step.time)) {
      return this.flood(step.time, `more than ${this.elements.limit} elements in one second of music`);
    }
    if (step.problem) this.report({ time: step.time, message: step.problem, spans: step.reduced });
    const events = step.events.filter((event) => {
      const problem = outOfRange(event);
      if (problem) this.report({ time: event.time, message: `${problem}; event skipped`, spans: event.spans });
      return !problem;
    });
    for (const event of events) {
      if (this.events.add(event.time)) {
        return this.flood(step.time, `more than ${this.events.limit} events in one second of music`);
      }
    }
    return events.length === step.events.length ? step : { ...step, trace: step.trace, events };
  }

  /** Forgets the rate history (after a restart the timeline begins again). */
  reset(): void {
    this.events.reset();
    this.elements.reset();
  }

  private flood(time: number, what: string): ElementStep {
    return { kind: "error", time, message: `error: the song produces ${what} (at ${formatSongTime(time)}); stopped` };
  }
}
