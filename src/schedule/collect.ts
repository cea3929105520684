// A whole song at once, for files: drains a step source into its checked events and its length,
// ending notes left sounding and refusing songs that do not end.

import type { StepSource, TimedEvent } from "../events/index.ts";
import { defaultEventLimit, StepChecker, type Problem } from "./check.ts";
import { NoteTracker } from "./notes.ts";

export interface CollectOptions {
  /** Reports skipped events. */
  readonly report?: (problem: Problem) => void;
  readonly eventLimit?: number;
  /** A song still going at this time (ms) counts as endless. */
  readonly songTimeCap?: number;
  /** A song still going after this many elements counts as endless. */
  readonly elementCap?: number;
  /** Hears each step's events as they are collected, and at the end the notes ended there (for a file rendered meanwhile). */
  readonly heard?: (events: readonly TimedEvent[]) => void;
  /** Called now and then with the song time reached (for a progress line). */
  readonly progress?: (time: number) => void;
}

export type Collected =
  | { readonly kind: "song"; readonly events: readonly TimedEvent[]; readonly end: number }
  | { readonly kind: "error"; readonly message: string }
  /** Still going past a cap: the song needs a length (`--seconds`). */
  | { readonly kind: "endless"; readonly time: number; readonly elements: number };

export const defaultSongTimeCap = 60 * 60 * 1000;
export const defaultElementCap = 10_000_000;

/** Every event of a song that ends (use `cutAt` for one that does not), or the reason it failed. */
export function collect(source: StepSource, options: CollectOptions = {}): Collected {
  const checker = new StepChecker(options.report ?? (() => {}), options.eventLimit ?? defaultEventLimit);
  const tracker = new NoteTracker();
  const songTimeCap = options.songTimeCap ?? defaultSongTimeCap;
  const elementCap = options.elementCap ?? defaultElementCap;
  const events: TimedEvent[] = [];
  for (let count = 0; ; count++) {
    const step = checker.check(source.next());
    if (step.kind === "error") return { kind: "error", message: step.message };
    if (step.kind === "end") {
      const releases = tracker.releases(step.time);
      options.heard?.(releases);
      return { kind: "song", events: [...events, ...releases], end: step.time };
    }
    if (step.time > songTimeCap || count >= elementCap) return { kind: "endless", time: step.time, elements: count };
    for (const event of step.events) {
      tracker.note(event);
      events.push(event);
    }
    options.heard?.(step.events);
    if (count % 4096 === 0) options.progress?.(step.time);
  }
}
