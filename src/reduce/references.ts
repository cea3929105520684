// Which top-level names the current term still refers to, and where in the code it holds them:
// a walk over the term graph (thunks' code and frames, data cells, closures, the machine's
// stack). Used to refuse a live edit that would remove or retype a name the music still needs,
// and to find which constants read a control.

import { APPLY, CASE, CONSTRUCT, DELAY, FIRED, GLOBAL, LAMBDA, LET, LITERAL_CASE, PRIMITIVE_CALL, FAIL, GlobalReference, type Expr, type GlobalCell } from "../core/index.ts";
import type { Span } from "../text/index.ts";
import { Closure, Data, Partial, Thunk, fieldsOf } from "./values.ts";

/** A top-level cell and the place of one expression that names it. */
type Use = readonly [GlobalCell, Span];

/** What an expression refers to: the top-level cells it names and whether it reads a control. */
interface References {
  readonly cells: readonly Use[];
  /** It calls a volatile primitive (a control's reading). */
  readonly readsControl: boolean;
}

const referencesOfExpr = new WeakMap<Expr, References>();

/** Calls `visit` on every subexpression of `expr` (itself included), each once. */
function eachSubexpression(expr: Expr, visit: (expr: Expr) => void): void {
  const pending: Expr[] = [expr];
  const seen = new Set<Expr>();
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    visit(current);
    switch (current.kind) {
      case APPLY: pending.push(current.fn, ...current.args); break;
      case LAMBDA: pending.push(current.body); break;
      case LET: pending.push(current.body, ...current.bindings.map((binding) => binding.expr)); break;
      case CASE: pending.push(current.scrutinee, current.fallback, ...current.alternatives.map((alternative) => alternative.body)); break;
      case LITERAL_CASE: pending.push(current.scrutinee, current.fallback, ...current.alternatives.map((alternative) => alternative.body)); break;
      case PRIMITIVE_CALL: pending.push(...current.args); break;
      case CONSTRUCT: pending.push(...current.args); break;
      case FIRED: pending.push(current.body); break;
      case FAIL: pending.push(...current.args); break;
      case DELAY: pending.push(current.body); break;
    }
  }
}

/** What an expression refers to, found in one walk and cached per expression (a definition's body is walked once). */
function referencesIn(expr: Expr): References {
  let references = referencesOfExpr.get(expr);
  if (references) return references;
  const found = new Map<GlobalCell, Span>();
  let readsControl = false;
  eachSubexpression(expr, (current) => {
    if (current.kind === GLOBAL && !found.has(current.cell)) found.set(current.cell, current.span);
    else if (current.kind === PRIMITIVE_CALL && current.primitive.volatile) readsControl = true;
  });
  references = { cells: [...found], readsControl };
  referencesOfExpr.set(expr, references);
  return references;
}

/** Top-level cells named anywhere in an expression, each with one place. */
export function cellsIn(expr: Expr): readonly Use[] {
  return referencesIn(expr).cells;
}

/** Whether an expression reads a control (calls a volatile primitive). */
export function readsControl(expr: Expr): boolean {
  return referencesIn(expr).readsControl;
}

/** The cells reachable from the given roots (nodes, frames, expressions), with a place of code using each where known. */
export function cellsInUse(roots: readonly unknown[]): Map<GlobalCell, Span | undefined> {
  const cells = new Map<GlobalCell, Span | undefined>();
  const add = ([cell, span]: Use) => {
    if (cells.get(cell) === undefined) cells.set(cell, span);
  };
  const seen = new Set<unknown>();
  const pending: unknown[] = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (node instanceof Thunk) {
      pending.push(node.value, node.frame);
      if (node.expr) cellsIn(node.expr).forEach(add);
    } else if (node instanceof Data) pending.push(...fieldsOf(node));
    else if (node instanceof Closure) {
      pending.push(node.frame);
      cellsIn(node.lambda.body).forEach(add);
    } else if (node instanceof Partial) pending.push(node.fn, ...node.args);
    else if (node instanceof GlobalReference) {
      if (!cells.has(node.cell)) cells.set(node.cell, undefined);
    }
    else if (Array.isArray(node)) pending.push(...node);
    else if ("kind" in node && typeof (node as { kind: unknown }).kind === "number") {
      cellsIn(node as Expr).forEach(add);
    } else pending.push(...Object.values(node));
  }
  return cells;
}
