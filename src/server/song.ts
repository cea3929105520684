// What the studio needs from a running song. The song is evaluated in a worker thread
// (src/isolate/), so what computes is asynchronous: the studio keeps a mirror of the modules,
// types and controls, and pulls elements as the scheduler's deferred source. Tests drive the
// studio with a small fake. Only `open-song.ts` knows where the song really runs.

import type { ElementStep } from "../events/index.ts";
import type { DeferredSource } from "../schedule/index.ts";
import type { Control, EditHearing, Evaluation, ReductionStep, StepScope } from "../session/index.ts";
import type { PrintedTerm, TermLimits } from "../show/index.ts";
import type { Diagnostic } from "../text/index.ts";
import type { TypeNote } from "../types/index.ts";

export interface SongModule {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export type { Control as SongControl, Evaluation, ReductionStep as Reduction } from "../session/index.ts";
export type { PrintedTerm, TermLimits } from "../show/index.ts";

export interface Song extends DeferredSource {
  /** The song's own modules as they play now. */
  modules(): SongModule[];
  /** How the last applied edit is heard, from what the music held when it was applied. */
  hearing(): EditHearing | undefined;
  /** The type of every name written in the module, by place (for hover in the editor). */
  typeNotes(moduleName: string): readonly TypeNote[];
  /** Sliders and checkboxes the song reads (module `Controller`). */
  controls(): Control[];
  setControl(name: string, value: number): void;
  /** `file:line:col: error: message` with the source line and a caret. */
  format(diagnostic: Diagnostic): string;
  /** The term becomes `main` again. */
  restart(): void;
  /** A live edit: applied when no error is returned. */
  update(moduleName: string, text: string): Promise<Diagnostic[]>;
  /** An expression in the main module's scope becomes the term (no error returned). */
  playTerm(expression: string): Promise<Diagnostic[]>;
  /** One reduction (with scope "song": of the song's own code, library code stepped over), or the element it completed (the next step to play). */
  stepReduction(scope?: StepScope): Promise<ReductionStep | ElementStep>;
  /**
   * Plays on silently up to song time `time` (ms): the first step at or after it is the next one
   * pulled. Where the music resumes after a rollback.
   */
  skipTo(time: number): Promise<void>;
  /** The current term, cut at the default limits or at `limits`. */
  printedTerm(limits?: Partial<TermLimits>): Promise<PrintedTerm>;
  /** An expression in the main module's scope, evaluated fully (within the step budget) and shown. */
  evaluate(expression: string): Promise<Evaluation>;
  /** Ends the evaluation (the worker). */
  close(): Promise<void>;
}

/** A single reduction that completed an element (or ended, or failed) gives an ElementStep. */
export function isElementStep(step: ReductionStep | ElementStep): step is ElementStep {
  return step.kind !== "reduction";
}
