// Types as written, resolved: type constructors and classes bound to their entities, special
// syntax (`[]`, `()`, `->`, `(,)` written prefix) to the built-in types; variables kept by name.

import { FUNCTION_TYPE, LIST_TYPE, UNIT_TYPE, tupleType } from "./builtin-types.ts";
import type { Constraint, Type } from "../parse/index.ts";
import type { Resolver } from "./context.ts";
import type { ConstraintExpr, Signature, TypeExpr } from "./tree.ts";
import type { Span } from "../text/index.ts";

export function resolveTypeExpr(resolver: Resolver, type: Type): TypeExpr {
  switch (type.kind) {
    case "constructor": {
      const name = type.name;
      const special = name.qualifier === undefined ? specialType(name.text) : undefined;
      const entity = special ?? resolver.resolveType(name, "type");
      return entity ? { kind: "constructor", type: entity, span: type.span } : { kind: "variable", name: "?", span: type.span };
    }
    case "variable":
      return { kind: "variable", name: type.name.text, span: type.span };
    case "application":
      return { kind: "application", function: resolveTypeExpr(resolver, type.function), args: type.args.map((arg) => resolveTypeExpr(resolver, arg)), span: type.span };
    case "function":
      return { kind: "function", argument: resolveTypeExpr(resolver, type.argument), result: resolveTypeExpr(resolver, type.result), span: type.span };
    case "list":
      return { kind: "list", element: resolveTypeExpr(resolver, type.element), span: type.span };
    case "tuple":
      return { kind: "tuple", elements: type.elements.map((element) => resolveTypeExpr(resolver, element)), span: type.span };
  }
}

function specialType(text: string) {
  if (text === "[]") return LIST_TYPE;
  if (text === "()") return UNIT_TYPE;
  if (text === "->") return FUNCTION_TYPE;
  if (/^\(,+\)$/.test(text)) return tupleType(text.length - 1);
  return undefined;
}

export function resolveConstraints(resolver: Resolver, context: readonly Constraint[]): ConstraintExpr[] {
  const resolved: ConstraintExpr[] = [];
  for (const constraint of context) {
    const typeClass = resolver.resolveType(constraint.className, "class");
    if (typeClass) resolved.push({ typeClass, args: constraint.args.map((arg) => resolveTypeExpr(resolver, arg)), span: constraint.span });
  }
  return resolved;
}

export function resolveSignature(resolver: Resolver, context: readonly Constraint[], type: Type, span: Span): Signature {
  return { context: resolveConstraints(resolver, context), type: resolveTypeExpr(resolver, type), span };
}
