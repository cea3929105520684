// What the studio needs from a running song: the interpreter's `Session` satisfies it
// structurally, and tests drive the studio with a small fake. Only `open-song.ts` knows Session.

import type { ElementStep, StepSource } from "../events/index.ts";
import type { Diagnostic, Span } from "../text/index.ts";

export interface SongModule {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export interface SongControl {
  readonly name: string;
  readonly kind: "slider" | "checkBox";
  readonly low: number;
  readonly high: number;
  readonly value: number;
}

export interface Reduction {
  readonly kind: "reduction";
  /** The rule (function) being unfolded. */
  readonly rule: string;
  readonly call?: Span;
  readonly ruleSpan?: Span;
  readonly matched: readonly Span[];
  readonly term: string;
}

export interface PrintedTerm {
  readonly text: string;
  /** The subterm being reduced (during single steps). */
  readonly focus: { readonly start: number; readonly end: number } | undefined;
}

export interface Song extends StepSource {
  modules(): SongModule[];
  restart(): void;
  /** A live edit: applied when no error is returned. */
  update(moduleName: string, text: string): Diagnostic[];
  playTerm(expression: string): Diagnostic[];
  stepReduction(): Reduction | ElementStep;
  printedTerm(): PrintedTerm;
  format(diagnostic: Diagnostic): string;
  controls(): SongControl[];
  setControl(name: string, value: number): void;
}

/** A single reduction that completed an element (or ended, or failed) gives an ElementStep. */
export function isElementStep(step: Reduction | ElementStep): step is ElementStep {
  return step.kind !== "reduction";
}
