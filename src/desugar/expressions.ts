// Resolved expressions desugared to core: locals to frame slots, top-level names to live
// cells, constructors and primitives called directly when saturated, sections, ranges,
// comprehensions, if/case and records to lets, cases and applications.

import {
  Apply, Case, Construct, Fail, Lambda, Let, LiteralCase, Literal, Local, PrimitiveCall,
  type Alternative, type Expr,
} from "../core/term.ts";
import { CONS, FALSE, NIL, TRUE, tupleConstructor } from "../core/builtins.ts";
import { compileLocalBindings, compileRightHandSide, compileStatement } from "./bindings.ts";
import type { Context } from "./context.ts";
import { literalValue } from "./literals.ts";
import { LocalScope } from "./locals.ts";
import { Float, negate, isNumber, toFloat, type Num } from "../core/numbers.ts";
import { Char } from "../core/char.ts";
import { locatedCall } from "./located.ts";
import { compileMatch, irrefutable, matchPattern, type MatchRow, type NumberTests } from "./patterns.ts";
import type { Expr as Resolved, Literal as SourceLiteral, Statement } from "../resolve/tree.ts";
import { entityIdentity } from "../resolve/scope.ts";
import { classOf, isBuiltinNumber, isFloating, takesLiteralAsWritten, type Callee } from "./dictionaries.ts";
import type { Evidence } from "../types/index.ts";
import type { Span } from "../text/index.ts";

export function compileExpr(context: Context, expression: Resolved, scope: LocalScope): Expr {
  const recur = (inner: Resolved) => compileExpr(context, inner, scope);
  switch (expression.kind) {
    case "local":
      return calleeExpr(context, reference(context, expression, scope), expression.span);
    case "global":
      return locatedCall(context.locating, expression.entity, 0, calleeExpr(context, reference(context, expression, scope), expression.span), expression.span);
    case "con":
      return context.constructorValue(expression.con, expression.span);
    case "literal":
      return overloadedLiteral(context, expression, scope);
    case "app":
      return application(context, expression.function, expression.args.map(recur), scope, expression.span);
    case "negate": {
      const operand = recur(expression.operand);
      const evidence = evidenceOf(context, expression);
      if (!isBuiltinNumber(evidence)) return applied(context, methodOf(context, evidence!, "negate", scope, expression.span), [operand], expression.span);
      if (operand instanceof Literal && isNumber(operand.value)) return new Literal(negate(operand.value), expression.span);
      return new PrimitiveCall(expression.negate, [operand], expression.span);
    }
    case "typed":
      return recur(expression.expression);
    case "leftSection":
      return application(context, expression.operator, [recur(expression.operand)], scope, expression.span);
    case "rightSection":
      return rightSection(context, expression, scope);
    case "tuple":
      return new Construct(tupleConstructor(expression.elements.length), expression.elements.map(recur), expression.span);
    case "list":
      return list(expression.elements.map(recur), expression.span);
    case "range":
      return range(context, expression, scope);
    case "comprehension":
      return comprehension(context, expression.element, expression.qualifiers, scope, expression.span);
    case "lambda":
      return lambda(context, expression, scope);
    case "let": {
      const inner = scope.nested();
      const bindings = compileLocalBindings(context, expression.bindings, inner);
      return new Let(bindings, compileExpr(context, expression.body, inner));
    }
    case "if": {
      const condition = recur(expression.condition);
      const alternatives: Alternative[] = [
        { con: TRUE, fieldSlots: [], body: recur(expression.thenBranch), span: expression.thenBranch.span },
        { con: FALSE, fieldSlots: [], body: recur(expression.elseBranch), span: expression.elseBranch.span },
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
      const code = compileMatch([slot], rows, failure, numberTests(context));
      // Alternatives that match anything (`x`, `_`, `~p`) leave the scrutinee unevaluated, as in Haskell.
      if (expression.alternatives.every((alternative) => irrefutable(alternative.pattern))) return new Let([{ index: slot, expr: recur(expression.scrutinee) }], code);
      return new LiteralCase(recur(expression.scrutinee), slot, [], code, expression.span);
    }
    case "do":
      return doBlock(context, expression, scope);
    case "recordConstruction": {
      const { con } = expression;
      const args: Expr[] = con.fields.length === con.arity
        ? con.fields.map((field) => new Fail(`the missing field \`${field}\` of`, expression.span, []))
        : Array.from({ length: con.arity }, () => new Fail("a missing field of", expression.span, []));
      for (const field of expression.fields) args[field.index] = recur(field.value);
      return new Construct(con, args, expression.span);
    }
    case "recordUpdate":
      return recordUpdate(context, expression, scope);
    case "unresolved":
      return context.broken(expression.span);
  }
}

function lambda(context: Context, expression: Extract<Resolved, { kind: "lambda" }>, scope: LocalScope): Lambda {
  const inner = LocalScope.function(scope);
  const parameters = expression.parameters.map(() => inner.frame.allocate());
  const failure = new Fail("a lambda", expression.span, parameters.map((slot) => new Local(0, slot, "argument")));
  const matching = inner.nested();
  const body = compileMatch(parameters, [{ patterns: expression.parameters, scope: matching, body: () => compileExpr(context, expression.body, matching) }], failure, numberTests(context));
  return new Lambda(parameters.length, inner.frame.size, body, "\\", expression.span);
}

function literal(value: SourceLiteral, span: Span): Expr {
  if (value.kind === "string") {
    const characters = Array.from(value.value, (character) => new Literal(Char.of(character.codePointAt(0)!), span));
    return list(characters, span);
  }
  return new Literal(literalValue(value), span);
}

/** A string as a list of characters. */
export function stringExpr(text: string, span: Span): Expr {
  return literal({ kind: "string", value: text } as SourceLiteral, span);
}

export function list(elements: readonly Expr[], span: Span): Expr {
  let result: Expr = new Construct(NIL, [], span);
  for (let index = elements.length - 1; index >= 0; index--) result = new Construct(CONS, [elements[index], result], span);
  return result;
}

/** `f a b`: constructors and primitives with all their arguments are built or called directly. */
function application(context: Context, head: Resolved, args: Expr[], scope: LocalScope, span: Span): Expr {
  if (head.kind === "con") {
    const { con } = head;
    if (args.length === con.arity) return new Construct(con, args, span);
    if (args.length > con.arity) return context.broken(span);
    return new Apply(context.constructorValue(con, head.span), args, span);
  }
  if (head.kind === "global") return locatedCall(context.locating, head.entity, args.length, applied(context, reference(context, head, scope), args, span), span);
  if (head.kind === "local") return applied(context, reference(context, head, scope), args, span);
  return new Apply(compileExpr(context, head, scope), args, span);
}

/** A callee applied: a primitive with all its arguments is called directly; dictionary arguments come first. */
export function applied(context: Context, callee: Callee, args: readonly Expr[], span: Span): Expr {
  if ("primitive" in callee) {
    const { primitive } = callee;
    if (args.length < primitive.arity) return new Apply(context.primitiveValue(primitive, span), args, span);
    const call = new PrimitiveCall(primitive, args.slice(0, primitive.arity), span);
    return args.length === primitive.arity ? call : new Apply(call, args.slice(primitive.arity), span);
  }
  const all = [...(callee.dictionaries ?? []), ...args];
  return all.length === 0 ? callee.expr : new Apply(callee.expr, all, span);
}

/** A callee as a value (a primitive as a function; dictionaries applied). */
function calleeExpr(context: Context, callee: Callee, span: Span): Expr {
  return "primitive" in callee ? context.primitiveValue(callee.primitive, span) : applied(context, callee, [], span);
}

/**
 * A variable or top-level name, with the dictionaries its use takes: a method is looked up at
 * its class's evidence (see Dictionaries.method); an overloaded function gets its dictionaries as
 * its first arguments.
 */
function reference(context: Context, expression: Extract<Resolved, { kind: "local" | "global" }>, scope: LocalScope): Callee {
  const { dictionaries } = context;
  const constraints = dictionaries.evidence?.occurrences.get(expression)?.constraints ?? [];
  const span = expression.span;
  if (expression.kind === "local") return { expr: scope.lookup(expression.variable)!, dictionaries: dictionaries.contextOf(constraints, scope, span) };
  const { entity } = expression;
  const info = dictionaries.methodClass(entityIdentity(entity));
  if (info !== undefined) {
    const callee = dictionaries.method(info, entity.name, constraints[0]?.evidence, scope, span);
    // A built-in operation has no use for the dictionaries of the method's own context.
    if ("primitive" in callee) return callee;
    return { expr: callee.expr, dictionaries: [...(callee.dictionaries ?? []), ...dictionaries.contextOf(constraints.slice(1), scope, span)] };
  }
  if (entity.kind === "primitive") return { primitive: entity.primitive };
  return { expr: context.entityValue(entity, span), dictionaries: dictionaries.contextOf(constraints, scope, span) };
}

function evidenceOf(context: Context, origin: Resolved): Evidence | undefined {
  return context.dictionaries.evidence?.occurrences.get(origin)?.constraints[0]?.evidence;
}

/** The method `name` of the class the evidence is for. */
function methodOf(context: Context, evidence: Evidence, name: string, scope: LocalScope, span: Span): Callee {
  const info = context.dictionaries.classInfo(classOf(evidence))!;
  return context.dictionaries.method(info, name, evidence, scope, span);
}

/** Number patterns at a type with its own Num instance: `value == fromInteger n`, by the type's Eq and Num. */
export function numberTests(context: Context): NumberTests {
  return (pattern, scope) => {
    const [equality, number] = context.dictionaries.evidence?.occurrences.get(pattern)?.constraints ?? [];
    if (pattern.kind !== "literal" || number === undefined || takesLiteralAsWritten(number.evidence) || equality?.evidence === undefined) return undefined;
    const { span } = pattern;
    const conversion = pattern.literal.kind === "integer" ? "fromInteger" : "fromRational";
    const expected = applied(context, methodOf(context, number.evidence!, conversion, scope, span), [literal(pattern.literal, span)], span);
    const equal = methodOf(context, equality.evidence, "==", scope, span);
    return (value) => applied(context, equal, [value, expected], span);
  };
}

/** A number as written; at a type that is not one of the built-in numbers, `fromInteger n` or `fromRational r`. */
function overloadedLiteral(context: Context, expression: Extract<Resolved, { kind: "literal" }>, scope: LocalScope): Expr {
  const value = literal(expression.literal, expression.span);
  const evidence = evidenceOf(context, expression);
  if (takesLiteralAsWritten(evidence)) return value;
  if (isFloating(evidence)) return new Literal(new Float(toFloat((value as Literal).value as Num)), expression.span);
  const conversion = expression.literal.kind === "integer" ? "fromInteger" : "fromRational";
  return applied(context, methodOf(context, evidence!, conversion, scope, expression.span), [value], expression.span);
}

/** `(op e)` is `\x -> x op e`, with `e` evaluated once, outside the lambda. */
function rightSection(context: Context, expression: Extract<Resolved, { kind: "rightSection" }>, scope: LocalScope): Expr {
  const slot = scope.frame.allocate();
  const inner = LocalScope.function(scope);
  const parameter = inner.frame.allocate();
  const body = application(context, expression.operator, [new Local(0, parameter, "x"), new Local(1, slot, "operand")], inner, expression.span);
  return new Let([{ index: slot, expr: compileExpr(context, expression.operand, scope) }], new Lambda(1, inner.frame.size, body, "section", expression.span));
}

/** `[a ..]`, `[a, b .. c]` and the others: the Enum method of the element type. */
function range(context: Context, expression: Extract<Resolved, { kind: "range" }>, scope: LocalScope): Expr {
  const parts = [expression.from, expression.second, expression.to].filter((part): part is Resolved => part !== undefined);
  const method = expression.second === undefined
    ? (expression.to === undefined ? "enumFrom" : "enumFromTo")
    : (expression.to === undefined ? "enumFromThen" : "enumFromThenTo");
  const evidence = evidenceOf(context, expression);
  if (evidence === undefined) return context.broken(expression.span);
  return applied(context, methodOf(context, evidence, method, scope, expression.span), parts.map((part) => compileExpr(context, part, scope)), expression.span);
}

/**
 * `do` as in the Haskell report (section 3.14): `e; rest` is `e >> rest`, `p <- e; rest` is
 * `e >>= \\x -> case x of p -> rest; _ -> fail "…"` (a pattern that cannot fail needs no `fail`),
 * `let ds; rest` is `let ds in rest`; the methods are the monad's, by its evidence.
 */
function doBlock(context: Context, expression: Extract<Resolved, { kind: "do" }>, scope: LocalScope): Expr {
  const evidence = evidenceOf(context, expression);
  const { statements } = expression;
  // The parser makes sure the last statement is an expression.
  const last = statements[statements.length - 1];
  if (evidence === undefined || last?.kind !== "expression") return context.broken(expression.span);
  const step = (index: number, scope: LocalScope): Expr => {
    const statement = statements[index];
    const span = statement.span;
    if (index === statements.length - 1) return compileExpr(context, last.expression, scope);
    switch (statement.kind) {
      case "expression":
        return applied(context, methodOf(context, evidence, ">>", scope, span), [compileExpr(context, statement.expression, scope), step(index + 1, scope)], span);
      case "let": {
        const inner = scope.nested();
        return new Let(compileLocalBindings(context, statement.bindings, inner), step(index + 1, inner));
      }
      case "bind": {
        const inner = LocalScope.function(scope);
        const parameter = inner.frame.allocate();
        const matching = inner.nested();
        const failure = doFailure(context, statement, parameter, matching);
        const body = matchPattern(statement.pattern, parameter, matching, () => step(index + 1, matching), failure, numberTests(context));
        const continuation = new Lambda(1, inner.frame.size, body, "\\", span);
        return applied(context, methodOf(context, evidence, ">>=", scope, span), [compileExpr(context, statement.expression, scope), continuation], span);
      }
    }
  };
  return step(0, scope);
}

/** What a `do`'s bind does when its pattern does not match: the monad's `fail`, or (when it cannot fail) nothing. */
function doFailure(context: Context, statement: Extract<Statement, { kind: "bind" }>, parameter: number, scope: LocalScope): Expr {
  const evidence = context.dictionaries.evidence?.occurrences.get(statement)?.constraints[0]?.evidence;
  if (evidence === undefined) return new Fail("a `do` pattern", statement.span, [new Local(0, parameter, "value")]);
  const message = stringExpr("Pattern match failure in a `do`", statement.span);
  return applied(context, methodOf(context, evidence, "fail", scope, statement.span), [message], statement.span);
}

/** `[e | quals]` as in the Haskell report: generators become `concatMap` over a matching lambda. */
function comprehension(context: Context, element: Resolved, qualifiers: readonly Statement[], scope: LocalScope, span: Span): Expr {
  const empty = new Construct(NIL, [], span);
  const step = (index: number, scope: LocalScope): Expr => {
    if (index === qualifiers.length) return list([compileExpr(context, element, scope)], span);
    const qualifier = qualifiers[index];
    if (qualifier.kind !== "bind") return compileStatement(context, qualifier, scope, (next) => step(index + 1, next), empty);
    const inner = LocalScope.function(scope);
    const parameter = inner.frame.allocate();
    const matching = inner.nested();
    const body = matchPattern(qualifier.pattern, parameter, matching, () => step(index + 1, matching), empty, numberTests(context));
    const generator = new Lambda(1, inner.frame.size, body, "comprehension", qualifier.span);
    return new Apply(context.global(context.support.concatMap, qualifier.span), [generator, compileExpr(context, qualifier.expression, scope)], qualifier.span);
  };
  return step(0, scope);
}

function recordUpdate(context: Context, expression: Extract<Resolved, { kind: "recordUpdate" }>, scope: LocalScope): Expr {
  const slot = scope.frame.allocate();
  const names = expression.fields.map((field) => field.name);
  const updates = expression.fields.map((field) => compileExpr(context, field.value, scope));
  const alternatives: Alternative[] = expression.constructors.map((constructor) => {
    const fieldSlots = constructor.fields.map(() => scope.frame.allocate());
    const args = constructor.fields.map((field, index) => {
      const update = names.indexOf(field);
      return update >= 0 ? updates[update] : new Local(0, fieldSlots[index], field);
    });
    return { con: constructor, fieldSlots, body: new Construct(constructor, args, expression.span), span: expression.span };
  });
  const update = new Case(new Local(0, slot, "record"), -1, alternatives, new Fail("a record update", expression.span, [new Local(0, slot, "record")]), expression.span);
  return new LiteralCase(compileExpr(context, expression.record, scope), slot, [], update, expression.span);
}
