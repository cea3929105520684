// Which top-level names the current term still refers to: a walk over the term graph
// (thunks' code and frames, data cells, closures, the machine's stack). Used to refuse a live
// edit that would remove a name the music still needs.

import { APPLY, CASE, CONSTRUCT, FIRED, GLOBAL, LAMBDA, LET, LITERAL_CASE, PRIMITIVE_CALL, FAIL, GlobalReference, type Expr, type GlobalCell } from "../core/index.ts";
import { Closure, Data, Partial, Thunk, fieldsOf } from "./values.ts";

const cellsOfExpr = new WeakMap<Expr, readonly GlobalCell[]>();

/** Top-level cells named anywhere in an expression (cached per expression). */
function cellsIn(expr: Expr): readonly GlobalCell[] {
  let cells = cellsOfExpr.get(expr);
  if (cells) return cells;
  const found = new Set<GlobalCell>();
  const pending: Expr[] = [expr];
  while (pending.length > 0) {
    const current = pending.pop()!;
    switch (current.kind) {
      case GLOBAL: found.add(current.cell); break;
      case APPLY: pending.push(current.fn, ...current.args); break;
      case LAMBDA: pending.push(current.body); break;
      case LET: pending.push(current.body, ...current.bindings.map((binding) => binding.expr)); break;
      case CASE: pending.push(current.scrutinee, current.fallback, ...current.alternatives.map((alternative) => alternative.body)); break;
      case LITERAL_CASE: pending.push(current.scrutinee, current.fallback, ...current.alternatives.map((alternative) => alternative.body)); break;
      case PRIMITIVE_CALL: pending.push(...current.args); break;
      case CONSTRUCT: pending.push(...current.args); break;
      case FIRED: pending.push(current.body); break;
      case FAIL: pending.push(...current.args); break;
    }
  }
  cells = [...found];
  cellsOfExpr.set(expr, cells);
  return cells;
}

/** The cells reachable from the given roots (nodes, frames, expressions). */
export function cellsInUse(roots: readonly unknown[]): Set<GlobalCell> {
  const cells = new Set<GlobalCell>();
  const seen = new Set<unknown>();
  const pending: unknown[] = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (node instanceof Thunk) {
      pending.push(node.value, node.frame);
      if (node.expr) for (const cell of cellsIn(node.expr)) cells.add(cell);
    } else if (node instanceof Data) pending.push(...fieldsOf(node));
    else if (node instanceof Closure) {
      pending.push(node.frame);
      for (const cell of cellsIn(node.lambda.body)) cells.add(cell);
    } else if (node instanceof Partial) pending.push(node.fn, ...node.args);
    else if (node instanceof GlobalReference) cells.add(node.cell);
    else if (Array.isArray(node)) pending.push(...node);
    else if ("kind" in node && typeof (node as { kind: unknown }).kind === "number") {
      for (const cell of cellsIn(node as Expr)) cells.add(cell);
    } else pending.push(...Object.values(node));
  }
  return cells;
}
