// Structural comparison of two values, as Haskell's derived Eq and Ord compare them:
// left to right, forcing only as far as the first difference (so infinite lists compare).

import { Data, Char, Closure, Partial, Thunk, fieldOf } from "./values.ts";
import { compareNumbers, isNumber } from "../core/numbers.ts";
import { RuntimeError, describeValue } from "./errors.ts";

/** Pending pairs (a stack, the next pair on top) and the slot awaiting an evaluated value. */
export class CompareWork {
  readonly pairs: unknown[];
  pending = -1;
  constructor(left: unknown, right: unknown) {
    this.pairs = [left, right];
  }
  received(value: unknown): void {
    if (this.pending >= 0) this.pairs[this.pending] = value;
    this.pending = -1;
  }
}

/** The order (-1, 0, 1) once known, or a thunk that must be evaluated first. */
export function compareStep(work: CompareWork): number | Thunk {
  const pairs = work.pairs;
  while (pairs.length > 0) {
    const top = pairs.length;
    let left = pairs[top - 2], right = pairs[top - 1];
    if (left instanceof Thunk) {
      if (!left.evaluated) {
        work.pending = top - 2;
        return left;
      }
      left = left.value;
    }
    if (right instanceof Thunk) {
      if (!right.evaluated) {
        pairs[top - 2] = left;
        work.pending = top - 1;
        return right;
      }
      right = right.value;
    }
    pairs.length = top - 2;
    const order = compareShallow(left, right, pairs);
    if (order !== 0) return order;
  }
  return 0;
}

/** Compares the outermost level; for equal constructors, pushes the field pairs (first field on top). */
function compareShallow(left: unknown, right: unknown, pairs: unknown[]): number {
  if (isNumber(left) && isNumber(right)) return compareNumbers(left, right);
  if (left instanceof Char && right instanceof Char) return left.code < right.code ? -1 : left.code > right.code ? 1 : 0;
  if (left instanceof Data && right instanceof Data) {
    if (left.con !== right.con) {
      const difference = left.con.tag - right.con.tag;
      if (difference !== 0) return Math.sign(difference);
      if (left.con.name !== right.con.name) {
        throw new RuntimeError(`cannot compare \`${left.con.name}\` with \`${right.con.name}\``, undefined);
      }
    }
    for (let i = Math.min(left.con.arity, right.con.arity) - 1; i >= 0; i--) pairs.push(fieldOf(left, i), fieldOf(right, i));
    return 0;
  }
  if (left instanceof Closure || left instanceof Partial || right instanceof Closure || right instanceof Partial) {
    throw new RuntimeError("functions cannot be compared", undefined);
  }
  throw new RuntimeError(`cannot compare ${describeValue(left)} with ${describeValue(right)}`, undefined);
}
