// Patterns resolved: constructors bound, infix patterns by fixity, tuples, lists, strings
// and records as constructor patterns; each variable becomes a binder of the enclosing scope.

import type { Constructor } from "../core/term.ts";
import { CONS, NIL, tupleConstructor } from "../core/builtins.ts";
import type { Resolved } from "./fixity.ts";
import type { Pattern as Syntax } from "../parse/index.ts";
import type { Span } from "../text/index.ts";
import type { Resolver } from "./context.ts";
import type { Locals } from "./locals.ts";
import type { Binder, Pattern } from "./tree.ts";

/** Makes the binder of a pattern variable (a local variable, or a global cell at the top level). */
export type BindVariable = (name: string, span: Span) => Binder;

/** Resolves one pattern; `seen` collects the names it binds, to catch one bound twice. */
export function resolvePattern(resolver: Resolver, pattern: Syntax, locals: Locals, bind: BindVariable, seen = new Set<string>()): Pattern {
  const variable = (name: string, span: Span): Binder => {
    if (seen.has(name)) resolver.report(span, `\`${name}\` appears twice in one pattern`);
    seen.add(name);
    return bind(name, span);
  };
  const constructor = (con: Constructor | undefined, args: Pattern[], span: Span): Pattern => {
    if (con === undefined) return { kind: "wildcard", span };
    if (con.arity !== args.length) {
      resolver.report(span, `the constructor \`${con.name}\` takes ${con.arity} argument${con.arity === 1 ? "" : "s"}, but the pattern gives ${args.length}`);
    }
    return { kind: "con", con, args, span };
  };
  const visit = (pattern: Syntax): Pattern => {
    switch (pattern.kind) {
      case "var":
        return { kind: "var", binder: variable(pattern.name.text, pattern.span), span: pattern.span };
      case "wildcard":
      case "literal":
        return pattern;
      case "con":
        return constructor(resolver.constructorOf(pattern.name), pattern.args.map(visit), pattern.span);
      case "tuple":
        return constructor(tupleConstructor(pattern.elements.length), pattern.elements.map(visit), pattern.span);
      case "list":
        return pattern.elements.reduceRight<Pattern>(
          (rest, element) => ({ kind: "con", con: CONS, args: [visit(element), rest], span: pattern.span }),
          { kind: "con", con: NIL, args: [], span: pattern.span },
        );
      case "infix": {
        const tree = resolver.fixities(pattern.items, locals, (operand) => operand.span);
        if (tree === undefined) return { kind: "wildcard", span: pattern.span };
        const build = (node: Resolved<Syntax>): Pattern => {
          if (node.kind === "operand") return visit(node.value);
          if (node.kind === "negate") return build(node.operand);
          return constructor(resolver.constructorOf(node.operator.name), [build(node.left), build(node.right)], node.span);
        };
        return build(tree);
      }
      case "as":
        return { kind: "as", binder: variable(pattern.name.text, pattern.name.span), pattern: visit(pattern.pattern), span: pattern.span };
      case "lazy":
      case "bang":
        return { kind: pattern.kind, pattern: visit(pattern.pattern), span: pattern.span };
      case "paren":
        return visit(pattern.pattern);
      case "record": {
        const con = resolver.constructorOf(pattern.constructor);
        if (con === undefined) return { kind: "wildcard", span: pattern.span };
        const args: Pattern[] = Array.from({ length: con.arity }, () => ({ kind: "wildcard", span: pattern.span }));
        for (const field of pattern.fields) {
          const index = con.fields.indexOf(field.field.text);
          if (index < 0) resolver.report(field.span, `\`${con.name}\` has no field \`${field.field.text}\``);
          else args[index] = visit(field.pattern);
        }
        return { kind: "con", con, args, span: pattern.span };
      }
    }
  };
  return visit(pattern);
}

/** The names a syntax pattern binds, in order (to declare them before resolving bodies). */
export function patternNames(pattern: Syntax): { name: string; span: Span }[] {
  switch (pattern.kind) {
    case "var":
      return [{ name: pattern.name.text, span: pattern.span }];
    case "as":
      return [{ name: pattern.name.text, span: pattern.name.span }, ...patternNames(pattern.pattern)];
    case "con":
      return pattern.args.flatMap(patternNames);
    case "tuple":
    case "list":
      return pattern.elements.flatMap(patternNames);
    case "infix":
      return pattern.items.flatMap((item) => (item.kind === "operator" ? [] : patternNames(item as Syntax)));
    case "lazy":
    case "bang":
    case "paren":
      return patternNames(pattern.pattern);
    case "record":
      return pattern.fields.flatMap((field) => patternNames(field.pattern));
    default:
      return [];
  }
}
