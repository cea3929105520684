// The machine's stack: continuations waiting for a value (update a thunk, select a case
// alternative, apply a function, continue a primitive, a comparison or a full evaluation).
// Kept as parallel arrays (kind, first field, second field), so a push allocates nothing;
// `frames()` gives the printer and the session the same continuations as objects.

import type { Case, Expr, LiteralCase, Primitive } from "../core/term.ts";
import type { Span } from "../text/index.ts";
import type { CompareWork } from "./structural.ts";
import type { NormalizeWork } from "./normalize.ts";
import type { Frame, Thunk } from "./values.ts";

/** Continuations on the stack. */
export const UPDATE = 0, SELECT = 1, APPLY_TO = 2, PRIMITIVE = 3, COMPARE = 4, NORMALIZE = 5;

export class UpdateFrame { readonly kind = UPDATE; constructor(readonly thunk: Thunk) {} }
export class SelectFrame { readonly kind = SELECT; constructor(readonly expr: Case | LiteralCase, readonly env: Frame) {} }
export class ApplyFrame { readonly kind = APPLY_TO; constructor(readonly args: unknown[]) {} }
/** Evaluating a primitive's argument expressions one by one. */
export class PrimitiveFrame {
  readonly kind = PRIMITIVE;
  index = 0;
  constructor(readonly primitive: Primitive, readonly args: readonly Expr[], readonly env: Frame,
    readonly values: unknown[], readonly span: Span) {}
}
export class CompareFrame {
  readonly kind = COMPARE;
  constructor(readonly primitive: Primitive, readonly work: CompareWork, readonly left: unknown, readonly right: unknown) {}
}
export class NormalizeFrame {
  readonly kind = NORMALIZE;
  constructor(readonly work: NormalizeWork, readonly purpose: "value" | "show" | "error", readonly span: Span | undefined) {}
}

export type StackFrame = UpdateFrame | SelectFrame | ApplyFrame | PrimitiveFrame | CompareFrame | NormalizeFrame;

/**
 * The stack itself. Update: first = the thunk. Select: first = the case, second = its frame.
 * Apply: first = the argument nodes. Primitive, compare, normalize: first = the frame object.
 */
export class Stack {
  length = 0;
  readonly kinds: number[] = [];
  readonly first: unknown[] = [];
  readonly second: unknown[] = [];

  push(kind: number, first: unknown, second: unknown): void {
    const top = this.length++;
    this.kinds[top] = kind;
    this.first[top] = first;
    this.second[top] = second;
  }

  pushFrame(frame: PrimitiveFrame | CompareFrame | NormalizeFrame): void {
    this.push(frame.kind, frame, undefined);
  }

  /** Removes the top continuation (its fields are read before, through `first` and `second`). */
  drop(): void {
    const top = --this.length;
    this.first[top] = undefined;
    this.second[top] = undefined;
  }

  clear(): void {
    while (this.length > 0) this.drop();
  }

  /** The continuations as objects, bottom first (for printing and for walking the term). */
  frames(): StackFrame[] {
    const frames: StackFrame[] = [];
    for (let index = 0; index < this.length; index++) frames.push(this.frameAt(index));
    return frames;
  }

  private frameAt(index: number): StackFrame {
    const first = this.first[index];
    switch (this.kinds[index]) {
      case UPDATE: return new UpdateFrame(first as Thunk);
      case SELECT: return new SelectFrame(first as Case | LiteralCase, this.second[index] as Frame);
      case APPLY_TO: return new ApplyFrame(first as unknown[]);
      default: return first as PrimitiveFrame | CompareFrame | NormalizeFrame;
    }
  }
}
