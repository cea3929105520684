// Expressions into their types: names instantiated, applications checked argument by argument
// (so a mismatch lands on the argument), and the syntax that means class methods (literals,
// ranges, `do`) recorded with its constraints.

import type { Expr, Statement } from "../resolve/tree.ts";
import { failable } from "../resolve/walk.ts";
import type { Constructor } from "../core/term.ts";
import type { Site } from "./diagnostics.ts";
import type { Checker } from "./checker.ts";
import { checkAgainstSignature, inferBindings, inferRightHandSide, signatureScheme } from "./bindings.ts";
import { inferPattern, literalType } from "./patterns.ts";
import { BOOL, apply, expand, functionOf, functionParts, functionType, listType, tupleType, type Type } from "./type.ts";

/**
 * Checks an expression against the type its context needs. The need is pushed into branches of
 * `if` and `case`, the body of `let`, and an application's result (before its arguments, as GHC
 * does), so that a disagreement is reported where it is.
 */
export function checkExpression(checker: Checker, expression: Expr, expected: Type, site: Site): void {
  switch (expression.kind) {
    case "if":
      checkExpression(checker, expression.condition, BOOL, { role: "condition" });
      checkExpression(checker, expression.thenBranch, expected, site);
      checkExpression(checker, expression.elseBranch, expected, site);
      return;
    case "case": {
      const scrutinee = inferExpression(checker, expression.scrutinee);
      for (const alternative of expression.alternatives) {
        inferPattern(checker, alternative.pattern, scrutinee);
        inferRightHandSide(checker, alternative.rhs, expected, site);
      }
      return;
    }
    case "let":
      inferBindings(checker, expression.bindings);
      checkExpression(checker, expression.body, expected, site);
      return;
    case "app":
      applyArguments(checker, expression.function, inferExpression(checker, expression.function), expression.args, expression, { type: expected, site });
      return;
    default:
      checker.expect(expected, inferExpression(checker, expression), expression.span, expression, site);
  }
}

export function inferExpression(checker: Checker, expression: Expr): Type {
  switch (expression.kind) {
    case "local":
      return binderType(checker, expression, expression.variable, expression.variable.name);
    case "global": {
      const entity = expression.entity;
      const key = entity.kind === "global" ? entity.cell : entity.primitive;
      return binderType(checker, expression, key, entity.name);
    }
    case "con":
      return binderType(checker, expression, expression.con, expression.con.name);
    case "literal":
      return literalType(checker, expression.literal, expression, false);
    case "app":
      return applyArguments(checker, expression.function, inferExpression(checker, expression.function), expression.args, expression);
    case "negate": {
      const scheme = checker.index.values.get(expression.negate);
      const negate = scheme && checker.instantiate(scheme, expression);
      const operand = inferExpression(checker, expression.operand);
      if (negate === undefined) {
        if (checker.syntaxClasses.num !== undefined) checker.record(expression, operand, [checker.require(checker.syntaxClasses.num, operand, expression.span, expression)]);
        return operand;
      }
      const result = checker.fresh();
      checker.expect(negate, functionType(operand, result), expression.operand.span, expression.operand, { role: "operand", operator: expression });
      return result;
    }
    case "leftSection":
      return applyArguments(checker, expression.operator, inferExpression(checker, expression.operator), [expression.operand], expression);
    case "rightSection": {
      const operator = asFunction(checker, inferExpression(checker, expression.operator), expression.operator, 2, expression);
      const second = operator && asFunction(checker, operator.result, expression.operator, 2, expression);
      if (operator === undefined || second === undefined) return checker.fresh();
      checkExpression(checker, expression.operand, second.argument, { role: "argument", function: expression.operator, position: 1 });
      return functionType(operator.argument, second.result);
    }
    case "tuple":
      return tupleType(expression.elements.map((element) => inferExpression(checker, element)));
    case "list": {
      const [first, ...rest] = expression.elements;
      const element = inferExpression(checker, first);
      for (const other of rest) checkExpression(checker, other, element, { role: "element", first });
      return listType(element);
    }
    case "range": {
      const element = inferExpression(checker, expression.from);
      for (const bound of [expression.second, expression.to]) if (bound !== undefined) checkExpression(checker, bound, element, { role: "range" });
      const enumeration = checker.syntaxClasses.enum;
      if (enumeration !== undefined) checker.record(expression, element, [checker.require(enumeration, element, expression.span, expression)]);
      return listType(element);
    }
    case "comprehension":
      for (const qualifier of expression.qualifiers) inferStatement(checker, qualifier, listType, { role: "guard" });
      return listType(inferExpression(checker, expression.element));
    case "lambda": {
      const parameters = expression.parameters.map((parameter) => {
        const type = checker.fresh();
        inferPattern(checker, parameter, type);
        return type;
      });
      return functionOf(parameters, inferExpression(checker, expression.body));
    }
    case "let":
      inferBindings(checker, expression.bindings);
      return inferExpression(checker, expression.body);
    case "if": {
      checkExpression(checker, expression.condition, BOOL, { role: "condition" });
      const result = inferExpression(checker, expression.thenBranch);
      checkExpression(checker, expression.elseBranch, result, { role: "branch", first: expression.thenBranch });
      return result;
    }
    case "case": {
      const scrutinee = inferExpression(checker, expression.scrutinee);
      const result = checker.fresh();
      for (const alternative of expression.alternatives) {
        inferPattern(checker, alternative.pattern, scrutinee);
        inferRightHandSide(checker, alternative.rhs, result, { role: "alternative" });
      }
      return result;
    }
    case "do":
      return inferDo(checker, expression);
    case "typed": {
      const scheme = signatureScheme(checker, expression.signature);
      checkAgainstSignature(checker, scheme, "the annotated expression", expression, (expected) =>
        checkExpression(checker, expression.expression, expected, { role: "annotation" }));
      return checker.instantiate(scheme, expression);
    }
    case "recordConstruction": {
      const parts = constructorParts(checker, expression, expression.con);
      for (const field of expression.fields) {
        checkExpression(checker, field.value, parts.fields[field.index] ?? checker.fresh(), { role: "field", name: field.name });
      }
      return parts.result;
    }
    case "recordUpdate": {
      const record = inferExpression(checker, expression.record);
      const con = expression.constructors[0];
      if (con === undefined) return record;
      const parts = constructorParts(checker, expression, con);
      checker.expect(parts.result, record, expression.record.span, expression.record, { role: "field", name: expression.fields[0]?.name ?? "" });
      for (const field of expression.fields) {
        checkExpression(checker, field.value, parts.fields[con.fields.indexOf(field.name)] ?? checker.fresh(), { role: "field", name: field.name });
      }
      return parts.result;
    }
    case "unresolved":
      return checker.fresh();
  }
}

/** The type of a use of a binder: instantiated, or its monomorphic type inside its own group. */
function binderType(checker: Checker, expression: Expr, key: object, name: string): Type {
  const local = checker.binders.get(key as never);
  if (local !== undefined) {
    if (local.recursiveUses !== undefined) {
      local.recursiveUses.push(expression);
      return local.scheme.type;
    }
    return checker.instantiate(local.scheme, expression);
  }
  const scheme = checker.index.values.get(key);
  if (scheme !== undefined) return checker.instantiate(scheme, expression);
  checker.report({ kind: "untyped", span: expression.span, name });
  return checker.fresh();
}

/**
 * Checks each argument against the function's parameter type in turn; returns the result type.
 * With an `expected` result, and the function's arrows known, the result is matched first.
 */
function applyArguments(checker: Checker, function_: Expr, type: Type, args: readonly Expr[], whole: Expr, expected?: { type: Type; site: Site }): Type {
  const known: Type[] = [];
  let result = type;
  for (let parts = functionParts(result); parts !== undefined && known.length < args.length; parts = functionParts(result)) {
    known.push(parts.argument);
    result = parts.result;
  }
  if (expected !== undefined && known.length === args.length) {
    checker.expect(expected.type, result, whole.span, whole, expected.site);
    args.forEach((argument, position) => checkExpression(checker, argument, known[position], { role: "argument", function: function_, position }));
    return result;
  }
  for (let position = 0; position < args.length; position++) {
    const parts = asFunction(checker, type, function_, args.length, whole);
    if (parts === undefined) {
      for (const argument of args.slice(position)) inferExpression(checker, argument);
      return checker.fresh();
    }
    checkExpression(checker, args[position], parts.argument, { role: "argument", function: function_, position });
    type = parts.result;
  }
  if (expected !== undefined) checker.expect(expected.type, type, whole.span, whole, expected.site);
  return type;
}

/** The parameter and result of a function type (solving a variable to one); reports a non-function. */
function asFunction(checker: Checker, type: Type, function_: Expr, argumentCount: number, whole: Expr): { argument: Type; result: Type } | undefined {
  const parts = functionParts(type);
  if (parts !== undefined) return parts;
  if (expand(type).form === "variable") {
    const argument = checker.fresh();
    const result = checker.fresh();
    checker.expect(type, functionType(argument, result), function_.span, function_, { role: "annotation" });
    return { argument, result };
  }
  checker.report({ kind: "notAFunction", span: whole.span, function: function_, type, argumentCount });
  return undefined;
}

/** A constructor's field types and result type, instantiated afresh. */
function constructorParts(checker: Checker, expression: Expr, con: Constructor): { fields: Type[]; result: Type } {
  const scheme = checker.index.values.get(con);
  if (scheme === undefined) {
    checker.report({ kind: "untyped", span: expression.span, name: con.name });
    return { fields: [], result: checker.fresh() };
  }
  let type = checker.instantiate(scheme, expression);
  const fields: Type[] = [];
  for (let parts = functionParts(type); parts !== undefined && fields.length < con.arity; parts = functionParts(type)) {
    fields.push(parts.argument);
    type = parts.result;
  }
  return { fields, result: type };
}

/**
 * A qualifier, guard or statement: `p <- e` binds `p` to an element of `e`'s container (`container`
 * makes the container type: a list for comprehensions, `m a` in `do`); a bare expression is a
 * condition (in guards and comprehensions).
 */
export function inferStatement(checker: Checker, statement: Statement, container: (element: Type) => Type, site: Site): void {
  switch (statement.kind) {
    case "bind": {
      const element = checker.fresh();
      checkExpression(checker, statement.expression, container(element), { role: "generator" });
      inferPattern(checker, statement.pattern, element);
      return;
    }
    case "let":
      inferBindings(checker, statement.bindings);
      return;
    case "expression":
      checkExpression(checker, statement.expression, BOOL, site);
  }
}

/**
 * `do`: every statement is an action of one monad `m` (class Monad), the last one's type is the
 * result; a bind whose pattern can fail needs `MonadFail m`.
 */
function inferDo(checker: Checker, expression: Extract<Expr, { kind: "do" }>): Type {
  const monad = checker.fresh();
  if (checker.syntaxClasses.monad !== undefined) checker.record(expression, monad, [checker.require(checker.syntaxClasses.monad, monad, expression.span, expression)]);
  const action = (element: Type) => apply(monad, element);
  let result: Type = action(checker.fresh());
  expression.statements.forEach((statement, at) => {
    if (statement.kind === "expression") {
      const type = action(checker.fresh());
      checkExpression(checker, statement.expression, type, { role: "statement" });
      if (at === expression.statements.length - 1) result = type;
    } else {
      inferStatement(checker, statement, action, { role: "statement" });
      const { monadFail } = checker.syntaxClasses;
      if (statement.kind === "bind" && monadFail !== undefined && failable(statement.pattern)) {
        checker.record(statement, monad, [checker.require(monadFail, monad, statement.pattern.span, statement.pattern)]);
      }
    }
  });
  return result;
}
