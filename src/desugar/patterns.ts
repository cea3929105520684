// Pattern matching compiled to decision trees: rows of resolved patterns tested against slots,
// forcing values only as far as the patterns need; when no row matches, control goes to the fallback.

import { Case, Fail, Let, LiteralCase, Local, type Binding, type Constructor, type Expr } from "../core/term.ts";
import { CONS, NIL, TRUE } from "../core/builtins.ts";
import { Char } from "../core/char.ts";
import { literalValue } from "./literals.ts";
import { slotLocal, type LocalScope } from "./locals.ts";
import { isNumber, numbersEqual } from "../core/numbers.ts";
import type { Binder, Pattern } from "../resolve/tree.ts";
import { patternBinders } from "../resolve/walk.ts";
import type { Span } from "../text/index.ts";

/** A pattern reduced to variables, wildcards, literals and constructors. */
type Simple =
  | { readonly kind: "var"; readonly binder: Binder }
  | { readonly kind: "wildcard" }
  | { readonly kind: "literal"; readonly value: unknown; readonly span: Span }
  /** A number at a type with its own Num instance: `value == n` by that type's Eq. */
  | { readonly kind: "test"; readonly test: (value: Expr) => Expr; readonly span: Span }
  | { readonly kind: "con"; readonly con: Constructor; readonly args: readonly Simple[]; readonly span: Span }
  | { readonly kind: "as"; readonly binder: Binder; readonly pattern: Simple }
  /** `~p`: matches anything; its variables are bound lazily, each to its part of the value. */
  | { readonly kind: "lazy"; readonly pattern: Pattern; readonly span: Span };

/**
 * How a number pattern is tested where its type is not a built-in number (see Simple's `test`),
 * or undefined where it is compared as a built-in number.
 */
export type NumberTests = (pattern: Pattern, scope: LocalScope) => ((value: Expr) => Expr) | undefined;

/** One row of a match: patterns for the columns, the scope their variables go to, and the body. */
export interface MatchRow {
  readonly patterns: readonly Pattern[];
  readonly scope: LocalScope;
  /** The body once the row matched; it may fall through to `fallback` (a guard that fails). */
  readonly body: (fallback: Expr) => Expr;
}

/**
 * Compiles rows (equations or case alternatives) matched against the values in `slots` into a
 * decision tree (Wadler's match compilation): rows are tried top to bottom and patterns left to
 * right, as in Haskell, but a value already inspected is not tested again.
 */
export function compileMatch(slots: readonly number[], rows: readonly MatchRow[], fallback: Expr, tests: NumberTests): Expr {
  return matrix(slots, rows.map((row) => ({ patterns: row.patterns.map((pattern) => simplify(pattern, row.scope, tests)), scope: row.scope, body: row.body, tests })), fallback);
}

/** Whether a pattern matches every value without looking at it: a variable, `_`, `~p` (also under `x@`). */
export function irrefutable(pattern: Pattern): boolean {
  if (pattern.kind === "as") return irrefutable(pattern.pattern);
  return pattern.kind === "var" || pattern.kind === "wildcard" || pattern.kind === "lazy";
}

/** Matches one pattern against one slot. */
export function matchPattern(pattern: Pattern, slot: number, scope: LocalScope, success: () => Expr, fallback: Expr, tests: NumberTests): Expr {
  return compileMatch([slot], [{ patterns: [pattern], scope, body: success }], fallback, tests);
}

interface Row {
  readonly patterns: readonly Simple[];
  readonly scope: LocalScope;
  readonly body: (fallback: Expr) => Expr;
  readonly tests: NumberTests;
}

function matrix(slots: readonly number[], rows: readonly Row[], fallback: Expr): Expr {
  if (rows.length === 0) return fallback;
  if (slots.length === 0) return rows[0].body(matrix(slots, rows.slice(1), fallback));
  const slot = slots[0];
  const bound = rows.map((row) => bindVariables(row, slot));
  const heads = bound.map(({ head }) => head);
  rows = bound.map(({ row }) => row);
  // Consecutive rows whose first pattern is of one kind form a block; blocks are tried in order.
  let result = fallback;
  let end = rows.length;
  while (end > 0) {
    const kind = heads[end - 1].kind;
    let start = end - 1;
    while (start > 0 && heads[start - 1].kind === kind) start--;
    result = block(slots, rows.slice(start, end), heads.slice(start, end), result);
    end = start;
  }
  return result;
}

/**
 * Binds the variables of as-patterns and variable patterns of the row's first column to the
 * slot; returns what must still be tested, and the row (whose body a lazy pattern wraps in the
 * bindings of its variables).
 */
function bindVariables(row: Row, slot: number): { head: Simple; row: Row } {
  let pattern = row.patterns[0];
  while (pattern.kind === "as") {
    row.scope.bind(pattern.binder, slot);
    pattern = pattern.pattern;
  }
  if (pattern.kind === "var") {
    row.scope.bind(pattern.binder, slot);
    return { head: { kind: "wildcard" }, row };
  }
  if (pattern.kind === "lazy") {
    const bindings = lazyBindings(pattern.pattern, slot, row.scope, pattern.span, row.tests);
    return { head: { kind: "wildcard" }, row: { ...row, body: (fallback) => new Let(bindings, row.body(fallback)) } };
  }
  return { head: pattern, row };
}

/** Each variable of `~pattern` as a binding that matches the value in `slot` only when the variable is used. */
function lazyBindings(pattern: Pattern, slot: number, scope: LocalScope, span: Span, tests: NumberTests): Binding[] {
  return patternBinders(pattern).map((binder) => {
    const index = scope.declare(binder);
    const inner = scope.nested();
    const failure = new Fail("the lazy pattern", span, [slotLocal(slot, "value")]);
    return { index, expr: matchPattern(pattern, slot, inner, () => inner.lookup(binder) as Local, failure, tests) };
  });
}

function block(slots: readonly number[], rows: readonly Row[], heads: readonly Simple[], fallback: Expr): Expr {
  const rest = slots.slice(1);
  const tail = (row: Row, extra: readonly Simple[] = []): Row => ({ ...row, patterns: [...extra, ...row.patterns.slice(1)] });
  const first = heads[0];
  const scrutinee = new Local(0, slots[0], "scrutinee");
  const frame = rows[0].scope.frame;
  if (first.kind === "con") {
    const groups = new Map<Constructor, { rows: Row[]; span: Span }>();
    rows.forEach((row, index) => {
      const head = heads[index] as Extract<Simple, { kind: "con" }>;
      const group = groups.get(head.con) ?? { rows: [], span: head.span };
      group.rows.push(tail(row, head.args));
      groups.set(head.con, group);
    });
    const alternatives = [...groups].map(([con, group]) => {
      const fieldSlots = Array.from({ length: con.arity }, (_, field) =>
        group.rows.every((row) => row.patterns[field]?.kind === "wildcard") ? -1 : frame.allocate());
      const kept = (row: Row) => [...row.patterns.slice(0, con.arity).filter((_, field) => fieldSlots[field] >= 0), ...row.patterns.slice(con.arity)];
      const body = matrix([...fieldSlots.filter((fieldSlot) => fieldSlot >= 0), ...rest], group.rows.map((row) => ({ ...row, patterns: kept(row) })), fallback);
      return { con, fieldSlots, body, span: group.span };
    });
    return new Case(scrutinee, -1, alternatives, fallback, first.span, frame.owner);
  }
  if (first.kind === "literal") {
    const groups: { value: unknown; rows: Row[] }[] = [];
    rows.forEach((row, index) => {
      const value = (heads[index] as Extract<Simple, { kind: "literal" }>).value;
      let group = groups.find((candidate) => sameLiteral(candidate.value, value));
      if (!group) groups.push(group = { value, rows: [] });
      group.rows.push(tail(row));
    });
    const alternatives = groups.map((group) => ({ value: group.value, body: matrix(rest, group.rows, fallback) }));
    return new LiteralCase(scrutinee, -1, alternatives, fallback, first.span, frame.owner);
  }
  if (first.kind === "test") {
    // Each row's test in turn, the next row where it fails (the value is compared, not taken apart).
    return rows.reduceRight((next, row, index) => {
      const { test, span } = heads[index] as Extract<Simple, { kind: "test" }>;
      return new Case(test(scrutinee), -1, [{ con: TRUE, fieldSlots: [], body: matrix(rest, [tail(row)], next), span }], next, span);
    }, fallback);
  }
  return matrix(rest, rows.map((row) => tail(row)), fallback);
}

function sameLiteral(a: unknown, b: unknown): boolean {
  if (a instanceof Char || b instanceof Char) return a instanceof Char && b instanceof Char && a.code === b.code;
  return isNumber(a) && isNumber(b) && numbersEqual(a, b);
}

/** Strings become lists of characters; a strict mark is matched as the pattern itself. */
function simplify(pattern: Pattern, scope: LocalScope, tests: NumberTests): Simple {
  const recur = (inner: Pattern) => simplify(inner, scope, tests);
  switch (pattern.kind) {
    case "var":
      return { kind: "var", binder: pattern.binder };
    case "wildcard":
      return { kind: "wildcard" };
    case "literal": {
      const literal = pattern.literal;
      if (literal.kind === "string") {
        const codes = Array.from(literal.value, (character) => character.codePointAt(0)!);
        return codes.reduceRight<Simple>(
          (rest, code) => ({ kind: "con", con: CONS, args: [{ kind: "literal", value: Char.of(code), span: pattern.span }, rest], span: pattern.span }),
          { kind: "con", con: NIL, args: [], span: pattern.span },
        );
      }
      const test = tests(pattern, scope);
      if (test !== undefined) return { kind: "test", test, span: pattern.span };
      return { kind: "literal", value: literalValue(literal), span: pattern.span };
    }
    case "con":
      return { kind: "con", con: pattern.con, args: pattern.args.map(recur), span: pattern.span };
    case "as":
      return { kind: "as", binder: pattern.binder, pattern: recur(pattern.pattern) };
    case "lazy":
      return { kind: "lazy", pattern: pattern.pattern, span: pattern.span };
    case "bang":
      return recur(pattern.pattern);
  }
}
