// What the studio needs from a running song: the interpreter's `Session` satisfies it
// structurally, and tests drive the studio with a small fake. Only `open-song.ts` knows Session.

import type { ElementStep, StepSource } from "../events/index.ts";
import type { Control, ReductionStep } from "../session/index.ts";
import type { PrintedTerm, TermLimits } from "../show/index.ts";
import type { Diagnostic } from "../text/index.ts";
import type { TypeNote } from "../types/index.ts";

export interface SongModule {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export type { Control as SongControl, ReductionStep as Reduction } from "../session/index.ts";
export type { PrintedTerm, TermLimits } from "../show/index.ts";

export interface Song extends StepSource {
  modules(): SongModule[];
  /** The type of every name written in the module, by place (for hover in the editor). */
  typeNotes(moduleName: string): readonly TypeNote[];
  restart(): void;
  /** A live edit: applied when no error is returned. */
  update(moduleName: string, text: string): Diagnostic[];
  playTerm(expression: string): Diagnostic[];
  stepReduction(): ReductionStep | ElementStep;
  /** The current term, cut at the default limits or at `limits`. */
  printedTerm(limits?: Partial<TermLimits>): PrintedTerm;
  /** An expression in the main module's scope, evaluated fully (within the step budget) and shown. */
  evaluate(expression: string): { value: string } | { diagnostics: Diagnostic[] } | { error: string };
  format(diagnostic: Diagnostic): string;
  controls(): Control[];
  setControl(name: string, value: number): void;
}

/**
 * Plays on silently up to song time `time` (ms): returns the first step at or after it (not
 * played), or the end or error met before. Where the music resumes after a rollback.
 */
export function skipTo(song: StepSource, time: number): ElementStep {
  for (;;) {
    const step = song.next();
    if (step.kind !== "element" || step.time >= time) return step;
  }
}

/** A single reduction that completed an element (or ended, or failed) gives an ElementStep. */
export function isElementStep(step: ReductionStep | ElementStep): step is ElementStep {
  return step.kind !== "reduction";
}
