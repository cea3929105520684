// Renewing the current term: a copy of the live graph (thunks, frames, cells, closures) in
// fresh objects, sharing kept, evaluated thunks replaced by their values. Why: a generational
// collector moves everything alive at a full collection into its old generation; when the
// term's pending thunks are then updated in place, each dead old thunk keeps the young list
// cells after it alive through every minor collection, so from then on every consumed cell is
// copied and promoted (several times slower). Playing from a fresh copy now and then leaves
// the old objects unreferenced: nothing writes into them any more, and they are collected.

import { Closure, Data, EVALUATED, Partial, Thunk, UNEVALUATED } from "./values.ts";

/** The copy, or undefined when the live graph has more than `limit` objects (then it is not worth it). */
export function renewTerm(root: unknown, limit: number): unknown {
  const copies = new Map<object, unknown>();
  // Thunks, cells and frames whose copy still needs its fields replaced by copies.
  const pending: object[] = [];

  const copyOf = (node: unknown): unknown => {
    if (node === null || typeof node !== "object") return node;
    if (node instanceof Thunk && node.state === EVALUATED) return copyOf(node.value);
    const known = copies.get(node);
    if (known !== undefined) return known;
    // A new object of the same kind; its own fields (a cell's, a frame's) are overwritten with copies later.
    let copy: unknown;
    if (node instanceof Thunk) copy = node.state === UNEVALUATED ? new Thunk(node.expr, undefined, node.code) : node;
    else if (node instanceof Data) copy = node.fields.length === 0 ? node : new Data(node.con, node.fields.slice());
    else if (Array.isArray(node)) copy = node.slice();
    else if (node instanceof Closure) copy = new Closure(node.lambda, copyOf(node.frame) as unknown[] | undefined);
    else if (node instanceof Partial) copy = new Partial(copyOf(node.fn), copyOf(node.args) as unknown[]);
    else copy = node;
    if (copy === node) return node;
    copies.set(node, copy);
    if (!(node instanceof Closure || node instanceof Partial)) pending.push(node);
    return copy;
  };

  const rootCopy = copyOf(root);
  while (pending.length > 0) {
    if (copies.size > limit) return undefined;
    const original = pending.pop()!;
    const copy = copies.get(original);
    if (original instanceof Thunk) (copy as Thunk).frame = copyOf(original.frame) as unknown[] | undefined;
    else {
      const from = original instanceof Data ? original.fields : original as unknown[];
      const to = copy instanceof Data ? copy.fields : copy as unknown[];
      for (let index = 0; index < from.length; index++) to[index] = copyOf(from[index]);
    }
  }
  return rootCopy;
}
