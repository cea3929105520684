// Runtime values of the graph reducer: thunks (shared, updated in place), data cells,
// closures, partial applications, characters. Numbers are in numbers.ts.

import type { CompiledCode, Constructor, Expr, Lambda } from "../program/core.ts";

/** A frame of local variables: slot 0 is the parent frame, then parameters and locals. */
export type Frame = unknown[];

export const UNEVALUATED = 0, EVALUATING = 1, EVALUATED = 2;

/** A suspended expression in its frame; after evaluation it holds its value (sharing). */
export class Thunk {
  state = UNEVALUATED;
  value: unknown = undefined;
  /** `code`: the expression's compiled code, when the compiled path made the thunk (saves looking it up). */
  constructor(public expr: Expr | undefined, public frame: Frame | undefined, public code: CompiledCode | undefined = undefined) {}
}

/** A constructor applied to its fields (which may be thunks). */
export class Data {
  constructor(readonly con: Constructor, readonly fields: unknown[]) {}
}

/** A lambda with the frame it was created in. */
export class Closure {
  constructor(readonly lambda: Lambda, readonly frame: Frame | undefined) {}
}

/** A function value applied to fewer arguments than it takes. */
export class Partial {
  constructor(readonly fn: unknown, readonly args: unknown[]) {}
}

export { Char } from "../program/char.ts";

const nullaryCells = new WeakMap<Constructor, Data>();

/** The one shared cell of a constructor without fields. */
export function nullary(constructor: Constructor): Data {
  let cell = nullaryCells.get(constructor);
  if (!cell) {
    cell = new Data(constructor, []);
    nullaryCells.set(constructor, cell);
  }
  return cell;
}
