// Runtime values of the graph reducer: thunks (shared, updated in place), data cells,
// closures, partial applications, characters. Numbers are in numbers.ts.

import type { CompiledCode, Constructor, Expr, Lambda } from "../core/term.ts";

/** A frame of local variables: a function's holds its closure's captured values in slot 0, then parameters and locals; a thunk's its captured variables and locals. */
export type Frame = unknown[];

/** The `value` of a thunk the machine is evaluating: met again before it has a value, it is a `<<loop>>`. */
export const UNDER_EVALUATION: unique symbol = Symbol("under evaluation");

/**
 * A suspended expression in its frame; after evaluation it holds its value (sharing). It has
 * no state field (a thunk is made for nearly every lazy argument, so every field counts): it is
 * evaluated when its expression is gone, and under evaluation when its value says so.
 */
export class Thunk {
  value: unknown = undefined;
  /** `code`: the expression's compiled code, when the compiled path made the thunk (saves looking it up). */
  constructor(public expr: Expr | undefined, public frame: Frame | undefined, public code: CompiledCode | undefined = undefined) {}

  get evaluated(): boolean {
    return this.expr === undefined;
  }
}

/**
 * A constructor applied to its fields (which may be thunks). The fields are the cell's own
 * properties (most constructors have at most two: `:`, `Event`, `On`, `:+:`), so a cell is one
 * small allocation; a constructor with more makes a `WideData`. `con.arity` says how many.
 */
export class Data {
  constructor(readonly con: Constructor, public f0: unknown, public f1: unknown) {}
}

/** A cell of a constructor with more than two fields: the others are in `rest`. */
export class WideData extends Data {
  constructor(con: Constructor, f0: unknown, f1: unknown, public rest: unknown[]) {
    super(con, f0, f1);
  }
}

/** Whether a value is a cell, told by its class (cheaper than `instanceof` where most values are not cells). */
export function isCell(value: object): value is Data {
  const kind = value.constructor;
  return kind === Data || kind === WideData;
}

/** A cell of `con` whose fields are still to be set (by `setField`). */
export function emptyCell(con: Constructor): Data {
  return con.arity > 2 ? new WideData(con, undefined, undefined, new Array(con.arity - 2)) : new Data(con, undefined, undefined);
}

export function fieldOf(cell: Data, index: number): unknown {
  return index === 0 ? cell.f0 : index === 1 ? cell.f1 : (cell as WideData).rest[index - 2];
}

export function setField(cell: Data, index: number, value: unknown): void {
  if (index === 0) cell.f0 = value;
  else if (index === 1) cell.f1 = value;
  else (cell as WideData).rest[index - 2] = value;
}

/** The fields of a cell, in a new array. */
export function fieldsOf(cell: Data): unknown[] {
  const arity = cell.con.arity;
  if (arity === 0) return [];
  if (arity === 1) return [cell.f0];
  return arity === 2 ? [cell.f0, cell.f1] : [cell.f0, cell.f1, ...(cell as WideData).rest];
}

/** A lambda with the values it captured (its frame's slot 0; filled after creation for a `let`'s recursive bindings). */
export class Closure {
  constructor(readonly lambda: Lambda, public frame: Frame | undefined) {}
}

/** A function value applied to fewer arguments than it takes. */
export class Partial {
  constructor(readonly fn: unknown, readonly args: unknown[]) {}
}

export { Char } from "../core/char.ts";

const nullaryCells = new WeakMap<Constructor, Data>();

/** The one shared cell of a constructor without fields. */
export function nullary(constructor: Constructor): Data {
  let cell = nullaryCells.get(constructor);
  if (!cell) {
    cell = new Data(constructor, undefined, undefined);
    nullaryCells.set(constructor, cell);
  }
  return cell;
}
