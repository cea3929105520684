// Expressions desugared to core: names resolved (locals to slots, top-level names to live
// cells), infix chains by fixity, sections, ranges, comprehensions, if/case, records.

import {
  Apply, Case, Construct, Fail, Lambda, Let, LiteralCase, Literal, Local, PrimitiveCall,
  type Alternative, type Expr, type GlobalCell,
} from "./core.ts";
import { CONS, FALSE, NIL, TRUE, tupleConstructor } from "./builtins.ts";
import { compileLocalDeclarations, compileRightHandSide, compileStatement } from "./bindings.ts";
import type { Context } from "./context.ts";
import { resolveFixities, type Resolved } from "./fixity.ts";
import { literalValue } from "./literals.ts";
import { LocalScope } from "./locals.ts";
import { negate, isNumber } from "./numbers.ts";
import { Char } from "./char.ts";
import { compileMatch, matchPattern, type MatchRow } from "./patterns.ts";
import type { Expr as Syntax, InfixOperator, Name, Negation, Statement } from "../parse/index.ts";
import type { Span } from "../text/index.ts";

export function compileExpr(context: Context, expression: Syntax, scope: LocalScope): Expr {
  switch (expression.kind) {
    case "var":
      return variable(context, expression.name, scope);
    case "con": {
      const constructor = context.constructorOf(expression.name);
      return constructor ? context.constructorValue(constructor, expression.span) : context.broken(expression.span);
    }
    case "literal":
      return literal(expression.literal, expression.span);
    case "app":
      return application(context, expression.function, expression.args.map((arg) => compileExpr(context, arg, scope)), scope, expression.span);
    case "infix":
      return infix(context, expression.items, scope);
    case "paren":
    case "typed":
      return compileExpr(context, expression.kind === "paren" ? expression.inner : expression.expression, scope);
    case "leftSection":
      return operatorApplication(context, expression.operator, [compileExpr(context, expression.operand, scope)], scope, expression.span);
    case "rightSection":
      return rightSection(context, expression.operator, expression.operand, scope, expression.span);
    case "tuple":
      return new Construct(tupleConstructor(expression.elements.length), expression.elements.map((element) => compileExpr(context, element, scope)), expression.span);
    case "list":
      return list(expression.elements.map((element) => compileExpr(context, element, scope)), expression.span);
    case "range":
      return range(context, expression, scope);
    case "comprehension":
      return comprehension(context, expression.element, expression.qualifiers, scope, expression.span);
    case "lambda":
      return lambda(context, expression, scope);
    case "let": {
      const inner = scope.nested();
      const bindings = compileLocalDeclarations(context, expression.declarations, inner);
      return new Let(bindings, compileExpr(context, expression.body, inner));
    }
    case "if": {
      const condition = compileExpr(context, expression.condition, scope);
      const alternatives: Alternative[] = [
        { con: TRUE, fieldSlots: [], body: compileExpr(context, expression.thenBranch, scope), span: expression.thenBranch.span },
        { con: FALSE, fieldSlots: [], body: compileExpr(context, expression.elseBranch, scope), span: expression.elseBranch.span },
      ];
      return new Case(condition, -1, alternatives, new Fail("if", expression.condition.span, []), expression.span);
    }
    case "case": {
      const slot = scope.frame.allocate();
      const failure = new Fail("a case expression", expression.span, [new Local(0, slot, "value")]);
      const rows = expression.alternatives.map((alternative): MatchRow => {
        const inner = scope.nested();
        return { patterns: [alternative.pattern], scope: inner, body: (fallback) => compileRightHandSide(context, alternative.rhs, inner, undefined, fallback) };
      });
      const code = compileMatch(context, [slot], rows, failure);
      return new LiteralCase(compileExpr(context, expression.scrutinee, scope), slot, [], code, expression.span);
    }
    case "do":
      context.report(expression.span, "`do` notation is not supported: Refrain has no monads; a song is a list of elements");
      return context.broken(expression.span);
    case "recordConstruction":
      return recordConstruction(context, expression, scope);
    case "recordUpdate":
      return recordUpdate(context, expression, scope);
  }
}

function lambda(context: Context, expression: Extract<Syntax, { kind: "lambda" }>, scope: LocalScope): Lambda {
  const inner = LocalScope.function(scope);
  const parameters = expression.parameters.map(() => inner.frame.allocate());
  const failure = new Fail("a lambda", expression.span, parameters.map((slot) => new Local(0, slot, "argument")));
  const matching = inner.nested();
  const body = compileMatch(context, parameters, [{ patterns: expression.parameters, scope: matching, body: () => compileExpr(context, expression.body, matching) }], failure);
  return new Lambda(parameters.length, inner.frame.size, body, "\\", expression.span);
}

function variable(context: Context, name: Name, scope: LocalScope): Expr {
  if (name.qualifier === undefined) {
    const local = scope.lookup(name.text);
    if (local) return local;
  }
  const entity = context.resolve(name);
  return entity ? context.entityValue(entity, name.span) : context.broken(name.span);
}

function literal(value: Extract<Syntax, { kind: "literal" }>["literal"], span: Span): Expr {
  if (value.kind === "string") {
    const characters = Array.from(value.value, (character) => new Literal(Char.of(character.codePointAt(0)!), span));
    return list(characters, span);
  }
  return new Literal(literalValue(value), span);
}

function list(elements: readonly Expr[], span: Span): Expr {
  let result: Expr = new Construct(NIL, [], span);
  for (let index = elements.length - 1; index >= 0; index--) result = new Construct(CONS, [elements[index], result], span);
  return result;
}

/** `f a b`: constructors and primitives with all their arguments are built or called directly. */
function application(context: Context, head: Syntax, args: Expr[], scope: LocalScope, span: Span): Expr {
  if (head.kind === "paren") return application(context, head.inner, args, scope, span);
  if (head.kind === "con" || (head.kind === "var" && !(head.name.qualifier === undefined && scope.lookup(head.name.text)))) {
    return namedApplication(context, head.name, head.kind === "con", args, scope, span);
  }
  return new Apply(compileExpr(context, head, scope), args, span);
}

function namedApplication(context: Context, name: Name, isConstructor: boolean, args: Expr[], scope: LocalScope, span: Span): Expr {
  if (isConstructor) {
    const constructor = context.constructorOf(name);
    if (!constructor) return context.broken(span);
    if (args.length === constructor.arity) return new Construct(constructor, args, span);
    if (args.length > constructor.arity) {
      context.report(span, `the constructor \`${constructor.name}\` takes ${constructor.arity} argument${constructor.arity === 1 ? "" : "s"}, but is given ${args.length}`);
      return context.broken(span);
    }
    return new Apply(context.constructorValue(constructor, name.span), args, span);
  }
  if (name.qualifier === undefined) {
    const local = scope.lookup(name.text);
    if (local) return new Apply(local, args, span);
  }
  const entity = context.resolve(name);
  if (!entity) return context.broken(span);
  if (entity.kind === "primitive" && args.length >= entity.primitive.arity) {
    const arity = entity.primitive.arity;
    const call = new PrimitiveCall(entity.primitive, args.slice(0, arity), span);
    return args.length === arity ? call : new Apply(call, args.slice(arity), span);
  }
  if (entity.kind === "constructor") return namedApplication(context, name, true, args, scope, span);
  return new Apply(context.entityValue(entity, name.span), args, span);
}

function operatorApplication(context: Context, operator: InfixOperator, args: Expr[], scope: LocalScope, span: Span): Expr {
  return namedApplication(context, operator.name, operator.constructor, args, scope, span);
}

function infix(context: Context, items: readonly (Syntax | InfixOperator | Negation)[], scope: LocalScope): Expr {
  const tree = resolveFixities<Syntax>(items, (operator) => context.fixity(operator, scope), (operand) => operand.span);
  const build = (node: Resolved<Syntax>): Expr => {
    if (node.kind === "operand") return compileExpr(context, node.value, scope);
    if (node.kind === "negate") {
      const operand = build(node.operand);
      if (operand instanceof Literal && isNumber(operand.value)) return new Literal(negate(operand.value), node.span);
      return new PrimitiveCall(context.support.negate, [operand], node.span);
    }
    return operatorApplication(context, node.operator, [build(node.left), build(node.right)], scope, node.span);
  };
  return build(tree);
}

/** `(op e)` is `\x -> x op e`, with `e` evaluated once, outside the lambda. */
function rightSection(context: Context, operator: InfixOperator, operand: Syntax, scope: LocalScope, span: Span): Expr {
  const slot = scope.frame.allocate();
  const inner = LocalScope.function(scope);
  const parameter = inner.frame.allocate();
  const body = operatorApplication(context, operator, [new Local(0, parameter, "x"), new Local(1, slot, "operand")], inner, span);
  return new Let([{ index: slot, expr: compileExpr(context, operand, scope) }], new Lambda(1, inner.frame.size, body, "section", span));
}

function range(context: Context, expression: Extract<Syntax, { kind: "range" }>, scope: LocalScope): Expr {
  const { support } = context;
  const parts = [expression.from, expression.second, expression.to].filter((part): part is Syntax => part !== undefined);
  const cell: GlobalCell = expression.second === undefined
    ? (expression.to === undefined ? support.enumFrom : support.enumFromTo)
    : (expression.to === undefined ? support.enumFromThen : support.enumFromThenTo);
  return new Apply(context.global(cell, expression.span), parts.map((part) => compileExpr(context, part, scope)), expression.span);
}

/** `[e | quals]` as in the Haskell report: generators become `concatMap` over a matching lambda. */
function comprehension(context: Context, element: Syntax, qualifiers: readonly Statement[], scope: LocalScope, span: Span): Expr {
  const empty = new Construct(NIL, [], span);
  const step = (index: number, scope: LocalScope): Expr => {
    if (index === qualifiers.length) return list([compileExpr(context, element, scope)], span);
    const qualifier = qualifiers[index];
    if (qualifier.kind !== "bind") return compileStatement(context, qualifier, scope, (next) => step(index + 1, next), empty);
    const inner = LocalScope.function(scope);
    const parameter = inner.frame.allocate();
    const matching = inner.nested();
    const body = matchPattern(context, qualifier.pattern, parameter, matching, () => step(index + 1, matching), empty);
    const generator = new Lambda(1, inner.frame.size, body, "comprehension", qualifier.span);
    return new Apply(context.global(context.support.concatMap, qualifier.span), [generator, compileExpr(context, qualifier.expression, scope)], qualifier.span);
  };
  return step(0, scope);
}

function recordConstruction(context: Context, expression: Extract<Syntax, { kind: "recordConstruction" }>, scope: LocalScope): Expr {
  const constructor = context.constructorOf(expression.constructor);
  if (!constructor) return context.broken(expression.span);
  const args: Expr[] = constructor.fields.length === constructor.arity
    ? constructor.fields.map((field) => new Fail(`the missing field \`${field}\` of`, expression.span, []))
    : Array.from({ length: constructor.arity }, () => new Fail("a missing field of", expression.span, []));
  for (const field of expression.fields) {
    const index = constructor.fields.indexOf(field.field.text);
    if (index < 0) context.report(field.field.span, `\`${constructor.name}\` has no field \`${field.field.text}\``);
    else args[index] = compileExpr(context, field.value, scope);
  }
  return new Construct(constructor, args, expression.span);
}

function recordUpdate(context: Context, expression: Extract<Syntax, { kind: "recordUpdate" }>, scope: LocalScope): Expr {
  const slot = scope.frame.allocate();
  const names = expression.fields.map((field) => field.field.text);
  const updates = expression.fields.map((field) => compileExpr(context, field.value, scope));
  const candidates = context.fieldOwners.get(names[0]) ?? [];
  const alternatives: Alternative[] = candidates
    .filter((constructor) => names.every((name) => constructor.fields.includes(name)))
    .map((constructor) => {
      const fieldSlots = constructor.fields.map(() => scope.frame.allocate());
      const args = constructor.fields.map((field, index) => {
        const update = names.indexOf(field);
        return update >= 0 ? updates[update] : new Local(0, fieldSlots[index], field);
      });
      return { con: constructor, fieldSlots, body: new Construct(constructor, args, expression.span), span: expression.span };
    });
  if (alternatives.length === 0) context.report(expression.span, `no constructor has the fields ${names.map((name) => `\`${name}\``).join(", ")}`);
  const update = new Case(new Local(0, slot, "record"), -1, alternatives, new Fail("a record update", expression.span, [new Local(0, slot, "record")]), expression.span);
  return new LiteralCase(compileExpr(context, expression.record, scope), slot, [], update, expression.span);
}
