// What the studio's thread and the song's worker say to each other: requests one at a time in
// order (the worker answers each), and with the answers what the studio mirrors of the song.
// Everything here is plain data (structured clone carries no classes).

import type { ElementStep } from "../events/index.ts";
import type { Control, EditHearing, Evaluation, ReductionStep, SessionOptions, StepScope } from "../session/index.ts";
import type { PrintedTerm, TermLimits } from "../show/index.ts";
import type { Diagnostic } from "../text/index.ts";
import type { TypeNote } from "../types/index.ts";

/** The options of a session that cross to the worker (no functions). */
export type ThreadSessionOptions = Pick<SessionOptions,
  "strategy" | "stepBudget" | "timeBudget" | "trail" | "compiled" | "includeDirs" | "memoryLimit" | "moduleTexts">;

export interface SongThreadData {
  readonly file: string;
  readonly options: ThreadSessionOptions;
  /** Controls as a previous worker left them. */
  readonly controls: readonly Control[];
}

/** The song's modules and their types, as the studio mirrors them. */
export interface SongState {
  readonly modules: readonly { readonly name: string; readonly file: string; readonly text: string }[];
  readonly notes: Readonly<Record<string, readonly TypeNote[]>>;
  /** How the last applied edit is heard. */
  readonly hearing?: EditHearing;
}

/** Each request by kind, with what it carries and what it is answered with. */
export interface SongCalls {
  /**
   * The next elements, up to and including the next Wait, the end or an error: sent one by one
   * (`step`), then how many. `from`: first plays on silently to that song time (after a rollback).
   */
  pull: { request: { from?: number }; answer: number };
  update: { request: { module: string; text: string }; answer: Diagnostic[] };
  playTerm: { request: { expression: string }; answer: Diagnostic[] };
  reduce: { request: { readonly scope: StepScope }; answer: ReductionStep | ElementStep };
  term: { request: { limits?: Partial<TermLimits> }; answer: PrintedTerm };
  evaluate: { request: { expression: string }; answer: Evaluation };
  restart: { request: Record<never, never>; answer: undefined };
  control: { request: { name: string; value: number }; answer: undefined };
}

export type SongCall = { [K in keyof SongCalls]: { readonly id: number; readonly kind: K } & SongCalls[K]["request"] }[keyof SongCalls];

export type SongReport =
  | { readonly kind: "loaded"; readonly state: SongState; readonly controls: Control[]; readonly warnings: string[] }
  | { readonly kind: "failed"; readonly report: string }
  /** An element (or the end, or an error) computed for the pull `id`. */
  | { readonly kind: "step"; readonly id: number; readonly step: ElementStep }
  /** `failure`: the request threw (a bug); else `answer`. `state`, `controls`: sent when they changed. */
  | { readonly kind: "answer"; readonly id: number; readonly answer?: unknown; readonly failure?: string; readonly state?: SongState; readonly controls?: Control[] };
