// Songs for tests without the language: step sources built from lists or functions, event
// builders, and a sink that models a real timed output (sends at due time, honours cancel).

import type { ElementStep, MidiMessage, TimedEvent } from "../../src/events/index.ts";
import type { Delivery, RestartableSource, Sink } from "../../src/schedule/index.ts";
import type { Span } from "../../src/text/index.ts";

export const songSpan: Span = { file: "song.hs", start: 10, end: 20 };

export function event(time: number, message: MidiMessage, channel = 0, port = 0): TimedEvent {
  return { time, port, channel, message, spans: [songSpan] };
}

export function element(time: number, ...events: TimedEvent[]): ElementStep {
  return { kind: "element", time, trace: events.length ? "Event" : "Wait", events, reduced: [songSpan] };
}

/** `[On p v, Wait d, Off p 64]` at `time`, as three elements. */
export function note(time: number, pitch: number, duration: number, channel = 0, velocity = 64): ElementStep[] {
  return [
    element(time, event(time, { type: "noteOn", pitch, velocity }, channel)),
    element(time),
    element(time + duration, event(time + duration, { type: "noteOff", pitch, velocity: 64 }, channel)),
  ];
}

/** A melody of equal notes, back to back, ending after the last one. */
export function melody(pitches: readonly number[], duration: number, channel = 0): ElementStep[] {
  const steps = pitches.flatMap((pitch, index) => note(index * duration, pitch, duration, channel));
  return [...steps, { kind: "end", time: pitches.length * duration }];
}

/** The steps `make(0)`, `make(1)`, ...; counts pulls and restarts. */
export class FunctionSource implements RestartableSource {
  pulls = 0;
  restarts = 0;
  private index = 0;

  constructor(private readonly make: (index: number) => ElementStep) {}

  next(): ElementStep {
    this.pulls++;
    return this.make(this.index++);
  }

  restart(): void {
    this.restarts++;
    this.index = 0;
  }
}

export function listSource(steps: readonly ElementStep[]): FunctionSource {
  return new FunctionSource((index) => steps[Math.min(index, steps.length - 1)]);
}

export interface Sent extends Delivery {
  /** Clock time at which the scheduler handed it over. */
  readonly handed: number;
}

/** Collects deliveries like a timed output: `sent(now)` is what has left by `now`. */
export class TimedSink implements Sink {
  readonly handed: Sent[] = [];
  private queue: Sent[] = [];
  private readonly left: Sent[] = [];

  constructor(private readonly now: () => number) {}

  deliver(delivery: Delivery): void {
    const sent = { ...delivery, handed: this.now() };
    this.handed.push(sent);
    this.queue.push(sent);
  }

  cancel(time: number): void {
    this.flush(time);
    this.queue = this.queue.filter((sent) => sent.due <= time);
  }

  /** Everything sent by `now`, in due order. */
  sent(now = this.now()): Sent[] {
    this.flush(now);
    return [...this.left];
  }

  private flush(now: number): void {
    const due = this.queue.filter((sent) => sent.due <= now);
    this.queue = this.queue.filter((sent) => sent.due > now);
    this.left.push(...due.sort((a, b) => a.due - b.due));
  }
}

export function summarize(sent: readonly Delivery[]): string[] {
  return sent.map(({ due, event }) => {
    const message = event.message;
    const what = message.type === "noteOn" || message.type === "noteOff" ? `${message.type} ${message.pitch}`
      : message.type === "control" ? `control ${message.controller} ${message.value}`
      : message.type === "program" ? `program ${message.program}`
      : `say ${message.text}`;
    return `${due} ch${event.channel} ${what}`;
  });
}
