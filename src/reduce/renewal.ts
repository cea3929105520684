// Renewing the current term: a copy of the live graph (thunks, frames, cells, closures) in
// fresh objects of the same shapes, sharing kept. Why: a generational
// collector moves everything alive at a full collection into its old generation; when the
// term's pending thunks are then updated in place, each dead old thunk keeps the young list
// cells after it alive through every minor collection, so from then on every consumed cell is
// copied and promoted (several times slower; it can also start when a pending thunk happens to
// survive two minor collections). Playing on from a fresh copy leaves the old objects
// unreferenced: nothing writes into them any more, and they are collected. The interpreter
// renews when it sees the old generation grow fast, or periodically where it cannot see it.
// The constants' shared values are copied with the term (else their cells would share the old
// objects, and what the copy evaluated would be evaluated there again).

import { Closure, Data, Partial, Thunk, UNDER_EVALUATION, WideData } from "./values.ts";
import { cellCopied } from "./constants.ts";
import { sameOrigin } from "./origins.ts";

/** Copies of the roots (sharing kept among them), or undefined when the live graph has more than `limit` objects (then it is not worth it). */
export function renewTerm(roots: readonly unknown[], limit: number): unknown[] | undefined {
  const copies = new Map<object, unknown>();
  // Cells and frames whose copy still needs its fields replaced by copies.
  const pending: object[] = [];

  const copyOf = (node: unknown): unknown => {
    if (node === null || typeof node !== "object") return node;
    const known = copies.get(node);
    if (known !== undefined) return known;
    let copy: unknown;
    if (node instanceof Thunk) copy = node.evaluated ? evaluatedThunk(copyOf(node.value))
      : node.value === UNDER_EVALUATION ? node : new Thunk(node.expr, copyOf(node.frame) as unknown[] | undefined, node.code);
    else if (node instanceof WideData) copy = new WideData(node.con, node.f0, node.f1, node.rest);
    else if (node instanceof Data) copy = node.con.arity === 0 ? node : new Data(node.con, node.f0, node.f1);
    else if (Array.isArray(node)) copy = node.slice();
    else if (node instanceof Closure) copy = new Closure(node.lambda, copyOf(node.frame) as unknown[] | undefined);
    else if (node instanceof Partial) copy = new Partial(copyOf(node.fn), Array.from(node.args, copyOf));
    else copy = node;
    if (copy === node) return node;
    copies.set(node, copy);
    if (node instanceof Data) {
      cellCopied(node, copy as Data);
      sameOrigin(node, copy);
    }
    if (node instanceof Data || Array.isArray(node)) pending.push(node);
    return copy;
  };

  const rootCopies = roots.map(copyOf);
  while (pending.length > 0) {
    if (copies.size > limit) return undefined;
    const original = pending.pop()!;
    // A cell's fields are replaced by copies (its further fields in a new array); a frame is
    // overwritten, so that it keeps the array kind frames always have (code reading them stays specialised to it).
    if (original instanceof Data) copyFields(original, copies.get(original) as Data, copyOf);
    else copyFrame(original as unknown[], copies.get(original) as unknown[], copyOf);
  }
  return rootCopies;
}

/** A thunk already holding its value (kept as a thunk, so cells and frames hold the same kinds of things as before). */
function evaluatedThunk(value: unknown): Thunk {
  const thunk = new Thunk(undefined, undefined);
  thunk.value = value;
  return thunk;
}

function copyFields(from: Data, to: Data, copyOf: (node: unknown) => unknown): void {
  to.f0 = copyOf(from.f0);
  to.f1 = copyOf(from.f1);
  if (from instanceof WideData) (to as WideData).rest = Array.from(from.rest, copyOf);
}

function copyFrame(from: readonly unknown[], to: unknown[], copyOf: (node: unknown) => unknown): void {
  for (let index = 0; index < from.length; index++) to[index] = copyOf(from[index]);
}
