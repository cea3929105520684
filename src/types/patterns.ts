// Patterns against the type they must match: binders get monomorphic types, constructor patterns
// instantiate the constructor, literals bring `Num`/`Fractional` (and `Eq` when matched against).

import type { Binder, Expr, Literal, Pattern } from "../resolve/tree.ts";
import type { Checker } from "./checker.ts";
import { CHAR, INTEGER, RATIO, apply, functionParts, monomorphic, type Type } from "./type.ts";

/** Makes the binder a monomorphic variable of the type (a lambda or pattern variable). */
function bindMonomorphic(checker: Checker, binder: Binder, type: Type): void {
  checker.binders.set(binder, { scheme: monomorphic(type), recursiveUses: undefined });
}

/**
 * The type of a literal: `Num a => a` for integers, `Fractional a => a` for decimals (Integer and
 * Rational while the library has no classes), Char, String. A pattern also needs `Eq a`.
 */
export function literalType(checker: Checker, literal: Literal, origin: Expr | Pattern, matched: boolean): Type {
  const { num, fractional, eq } = checker.syntaxClasses;
  if (literal.kind === "char") return CHAR;
  if (literal.kind === "string") return checker.stringType();
  const numeric = literal.kind === "integer" ? num : fractional;
  if (numeric === undefined) return literal.kind === "integer" ? INTEGER : apply(RATIO, INTEGER);
  const type = checker.fresh();
  const constraints = matched && eq !== undefined
    ? [checker.require(eq, type, origin.span, origin), checker.require(numeric, type, origin.span, origin)]
    : [checker.require(numeric, type, origin.span, origin)];
  checker.record(origin, type, constraints);
  return type;
}

export function inferPattern(checker: Checker, pattern: Pattern, expected: Type): void {
  switch (pattern.kind) {
    case "var":
      bindMonomorphic(checker, pattern.binder, expected);
      return;
    case "wildcard":
      return;
    case "literal":
      checker.expect(expected, literalType(checker, pattern.literal, pattern, true), pattern.span, pattern, { role: "pattern" });
      return;
    case "as":
      bindMonomorphic(checker, pattern.binder, expected);
      inferPattern(checker, pattern.pattern, expected);
      return;
    case "lazy":
    case "bang":
      inferPattern(checker, pattern.pattern, expected);
      return;
    case "con": {
      const scheme = checker.index.values.get(pattern.con);
      if (scheme === undefined) {
        checker.report({ kind: "untyped", span: pattern.span, name: pattern.con.name });
        for (const argument of pattern.args) inferPattern(checker, argument, checker.fresh());
        return;
      }
      let type = checker.instantiate(scheme, pattern);
      const argumentTypes: Type[] = [];
      for (let at = 0; at < pattern.con.arity; at++) {
        const parts = functionParts(type);
        if (parts === undefined) break;
        argumentTypes.push(parts.argument);
        type = parts.result;
      }
      if (pattern.args.length !== pattern.con.arity) {
        checker.report({ kind: "constructorArity", span: pattern.span, name: pattern.con.name, expected: pattern.con.arity, actual: pattern.args.length });
      }
      checker.expect(expected, type, pattern.span, pattern, { role: "pattern" });
      pattern.args.forEach((argument, at) => inferPattern(checker, argument, argumentTypes[at] ?? checker.fresh()));
      return;
    }
  }
}
