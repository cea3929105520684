// Pattern matching compiled to case trees: a pattern tested against a slot, forcing the value
// only as far as the pattern needs; on failure control goes to the fallback (the next equation).

import { Case, LiteralCase, Local, type Constructor, type Expr } from "./core.ts";
import { CONS, NIL, tupleConstructor } from "./builtins.ts";
import { Char } from "./char.ts";
import type { Context } from "./context.ts";
import { resolveFixities, type Resolved } from "./fixity.ts";
import { literalValue } from "./literals.ts";
import type { LocalScope } from "./locals.ts";
import type { Pattern } from "../parse/index.ts";
import type { Span } from "../text/index.ts";

/** A pattern reduced to variables, wildcards, literals and constructors. */
type Simple =
  | { readonly kind: "var"; readonly name: string; readonly span: Span }
  | { readonly kind: "wildcard" }
  | { readonly kind: "literal"; readonly value: unknown; readonly span: Span }
  | { readonly kind: "con"; readonly con: Constructor; readonly args: readonly Simple[]; readonly span: Span }
  | { readonly kind: "as"; readonly name: string; readonly pattern: Simple; readonly span: Span };

/**
 * Matches the value in `slot` (of the current frame) against `pattern`, binding its variables in
 * `scope`; continues with `success()` or jumps to `fallback`.
 */
export function matchPattern(context: Context, pattern: Pattern, slot: number, scope: LocalScope,
  success: () => Expr, fallback: Expr): Expr {
  return match(simplify(context, pattern, scope, new Set()), slot, scope, success, fallback);
}

/** Matches several slots against several patterns, left to right. */
export function matchPatterns(context: Context, patterns: readonly Pattern[], slots: readonly number[], scope: LocalScope,
  success: () => Expr, fallback: Expr): Expr {
  const seen = new Set<string>();
  const simple = patterns.map((pattern) => simplify(context, pattern, scope, seen));
  const next = (index: number): Expr =>
    index === simple.length ? success() : match(simple[index], slots[index], scope, () => next(index + 1), fallback);
  return next(0);
}

function match(pattern: Simple, slot: number, scope: LocalScope, success: () => Expr, fallback: Expr): Expr {
  switch (pattern.kind) {
    case "wildcard":
      return success();
    case "var":
      scope.bind(pattern.name, slot);
      return success();
    case "as":
      scope.bind(pattern.name, slot);
      return match(pattern.pattern, slot, scope, success, fallback);
    case "literal":
      return new LiteralCase(new Local(0, slot, "scrutinee"), -1, [{ value: pattern.value, body: success() }], fallback, pattern.span, scope.frame.owner);
    case "con": {
      const fieldSlots = pattern.args.map((arg) => {
        if (arg.kind === "wildcard") return -1;
        if (arg.kind === "var") return scope.declare(arg.name);
        return scope.frame.allocate();
      });
      const fields = (index: number): Expr => {
        if (index === pattern.args.length) return success();
        const arg = pattern.args[index];
        if (arg.kind === "wildcard" || arg.kind === "var") return fields(index + 1);
        return match(arg, fieldSlots[index], scope, () => fields(index + 1), fallback);
      };
      const alternative = { con: pattern.con, fieldSlots, body: fields(0), span: pattern.span };
      return new Case(new Local(0, slot, "scrutinee"), -1, [alternative], fallback, pattern.span, scope.frame.owner);
    }
  }
}

/** The variables a pattern binds, in order (for pattern bindings). */
export function patternVariables(pattern: Pattern): { name: string; span: Span }[] {
  switch (pattern.kind) {
    case "var":
      return [{ name: pattern.name.text, span: pattern.span }];
    case "as":
      return [{ name: pattern.name.text, span: pattern.name.span }, ...patternVariables(pattern.pattern)];
    case "con":
      return pattern.args.flatMap(patternVariables);
    case "tuple":
    case "list":
      return pattern.elements.flatMap(patternVariables);
    case "infix":
      return pattern.items.flatMap((item) => (item.kind === "operator" ? [] : patternVariables(item as Pattern)));
    case "lazy":
    case "bang":
    case "paren":
      return patternVariables(pattern.pattern);
    case "record":
      return pattern.fields.flatMap((field) => patternVariables(field.pattern));
    default:
      return [];
  }
}

/** Resolves constructors and fixities; `seen` collects variable names to catch duplicates. */
function simplify(context: Context, pattern: Pattern, scope: LocalScope, seen: Set<string>): Simple {
  const variable = (name: string, span: Span): string => {
    if (seen.has(name)) context.report(span, `\`${name}\` appears twice in one pattern`);
    seen.add(name);
    return name;
  };
  const constructor = (con: Constructor | undefined, args: Simple[], span: Span): Simple => {
    if (con === undefined) return { kind: "wildcard" };
    if (con.arity !== args.length) {
      context.report(span, `the constructor \`${con.name}\` takes ${con.arity} argument${con.arity === 1 ? "" : "s"}, but the pattern gives ${args.length}`);
    }
    return { kind: "con", con, args, span };
  };
  const visit = (pattern: Pattern): Simple => {
    switch (pattern.kind) {
      case "var":
        return { kind: "var", name: variable(pattern.name.text, pattern.span), span: pattern.span };
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
        return { kind: "literal", value: literalValue(literal), span: pattern.span };
      }
      case "con":
        return constructor(context.constructorOf(pattern.name), pattern.args.map(visit), pattern.span);
      case "tuple":
        return constructor(tupleConstructor(pattern.elements.length), pattern.elements.map(visit), pattern.span);
      case "list":
        return pattern.elements.reduceRight<Simple>(
          (rest, element) => ({ kind: "con", con: CONS, args: [visit(element), rest], span: pattern.span }),
          { kind: "con", con: NIL, args: [], span: pattern.span },
        );
      case "infix": {
        const tree = resolveFixities<Pattern>(pattern.items, (operator) => context.fixity(operator, scope), (operand) => operand.span);
        const build = (node: Resolved<Pattern>): Simple => {
          if (node.kind === "operand") return visit(node.value);
          if (node.kind === "negate") return build(node.operand);
          return constructor(context.constructorOf(node.operator.name), [build(node.left), build(node.right)], node.span);
        };
        return build(tree);
      }
      case "as":
        return { kind: "as", name: variable(pattern.name.text, pattern.name.span), pattern: visit(pattern.pattern), span: pattern.span };
      case "lazy":
      case "bang":
      case "paren":
        return visit(pattern.pattern);
      case "record": {
        const con = context.constructorOf(pattern.constructor);
        if (con === undefined) return { kind: "wildcard" };
        const args: Simple[] = Array.from({ length: con.arity }, () => ({ kind: "wildcard" }));
        for (const field of pattern.fields) {
          const index = con.fields.indexOf(field.field.text);
          if (index < 0) context.report(field.span, `\`${con.name}\` has no field \`${field.field.text}\``);
          else args[index] = visit(field.pattern);
        }
        return { kind: "con", con, args, span: pattern.span };
      }
    }
  };
  return visit(pattern);
}
