// The machine's stack: continuations waiting for a value (update a thunk, select a case
// alternative, apply a function, continue a primitive, a comparison or a full evaluation).

import type { Case, Expr, LiteralCase, Primitive } from "../program/core.ts";
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
