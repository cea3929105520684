// One step of a running song as the outside world sees it: an element of `main` (with the
// MIDI-level events it produced), the end of the song, or a runtime error. Language-free.

import type { Span } from "../text/index.ts";
import type { TimedEvent } from "./event.ts";

export type ElementStep =
  | {
      readonly kind: "element";
      /** Absolute time (ms) at which the element is reached: the sum of all earlier Waits. */
      readonly time: number;
      /** The element printed as Haskell's `show` prints it, e.g. `Event (Channel 0 (On 60 64))`. */
      readonly trace: string;
      /** Zero (a Wait) or one MIDI-level event. */
      readonly events: readonly TimedEvent[];
      /** Call sites and rules unfolded while this element was computed (for highlighting). */
      readonly reduced: readonly Span[];
      /** How far the element moves time (ms): a Wait's length, else 0 (absent: 0). */
      readonly wait?: number;
      /** Set when the element was skipped: an out-of-range value, a negative Wait. */
      readonly problem?: string;
      /** A file the song writes (`WriteFile`, Euterpea's `writeMidi`): where the song runs allows it or says no. */
      readonly file?: SongFile;
    }
  | { readonly kind: "end"; readonly time: number }
  | {
      readonly kind: "error";
      readonly time: number;
      /** `file:line:col: error: message` (first line) plus source context lines. */
      readonly message: string;
      readonly span?: Span;
      /** The evaluation ran away (step budget or nesting exceeded), as an edit that loops makes it. */
      readonly runaway?: boolean;
    };

/** A file a song asks to write: its path as written (relative to where the song runs) and its bytes. */
export interface SongFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A runtime error that stopped the song. */
export type ErrorStep = Extract<ElementStep, { kind: "error" }>;

/** Anything that yields a song's steps one at a time (the interpreter, a recorded list, a test). */
export interface StepSource {
  next(): ElementStep;
}

/**
 * Plays on silently up to song time `time` (ms): returns the first step at or after it (not
 * played), or the end or error met before. Where the music resumes after a rollback.
 */
export function skipTo(source: StepSource, time: number): ElementStep {
  for (;;) {
    const step = source.next();
    if (step.kind !== "element" || step.time >= time) return step;
  }
}
