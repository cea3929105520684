// Functions and local bindings desugared: the equations of a function become one lambda whose
// body tries them in order; guards and `where` become cases and lets; pattern bindings are lazy.

import { Case, Fail, Fired, Lambda, Let, Local, type Binding, type Expr, type Rule } from "../core/term.ts";
import { TRUE } from "../core/builtins.ts";
import type { Context } from "./context.ts";
import { compileExpr, numberTests } from "./expressions.ts";
import { LocalScope, slotLocal } from "./locals.ts";
import { compileMatch, matchPattern, type MatchRow } from "./patterns.ts";
import { patternBinders } from "../resolve/walk.ts";
import type { Bindings, Expr as Resolved, FunctionBinding, Guard, RightHandSide, Statement } from "../resolve/tree.ts";

/**
 * A function of one or more arguments (its context's dictionaries first, then its equations'
 * parameters); its frame's parent is `outer`'s frame.
 */
export function compileFunction(context: Context, binding: FunctionBinding, outer: LocalScope | undefined): Lambda {
  const scope = LocalScope.function(outer);
  const evidence = context.dictionaries.declareParameters(binding, scope).length;
  const arity = binding.clauses[0].patterns.length;
  scope.frame.owner = { name: binding.name, arity: evidence + arity, evidence };
  const parameters = Array.from({ length: arity }, () => scope.frame.allocate());
  const failure = new Fail(binding.name, binding.span, parameters.map((slot, index) => slotLocal(slot, `argument ${index + 1}`)));
  const rows = binding.clauses.map((clause): MatchRow => {
    const equation = scope.nested();
    const rule: Rule = { name: binding.name, span: clause.span };
    return { patterns: clause.patterns, scope: equation, body: (fallback) => compileRightHandSide(context, clause.rhs, equation, rule, fallback) };
  });
  const code = compileMatch(parameters, rows, failure, numberTests(context));
  return new Lambda(evidence + arity, scope.frame.size, code, binding.name, binding.span);
}

/** Whether a binding is a function: it has parameters, or its context gives it dictionary parameters. */
export function isFunction(context: Context, binding: FunctionBinding): boolean {
  return binding.clauses[0].patterns.length > 0 || context.dictionaries.parameterCount(binding) > 0;
}

/** A constant's body (no arguments) in a frame of its own. */
export function compileConstant(context: Context, binding: FunctionBinding, outer: LocalScope | undefined): Lambda {
  const scope = LocalScope.function(outer);
  const clause = binding.clauses[0];
  const rule: Rule = { name: binding.name, span: clause.span };
  const body = compileRightHandSide(context, clause.rhs, scope, rule, new Fail(binding.name, binding.span, []));
  return new Lambda(0, scope.frame.size, body, binding.name, binding.span);
}

/** `= e where …` or guards; a rule (if given) fires when a guard's expression is chosen. */
export function compileRightHandSide(context: Context, rhs: RightHandSide, scope: LocalScope, rule: Rule | undefined, fallback: Expr): Expr {
  const inner = scope.nested();
  const bindings = compileLocalBindings(context, rhs.where, inner);
  const fire = (expr: Expr): Expr => (rule ? new Fired(rule, expr) : expr);
  let body: Expr;
  if (rhs.kind === "unguarded") {
    body = fire(compileExpr(context, rhs.expression, inner));
  } else {
    body = fallback;
    for (let index = rhs.guards.length - 1; index >= 0; index--) body = compileGuard(context, rhs.guards[index], inner, fire, body);
  }
  return bindings.length > 0 ? new Let(bindings, body) : body;
}

function compileGuard(context: Context, guard: Guard, scope: LocalScope, fire: (expr: Expr) => Expr, fallback: Expr): Expr {
  const conditions = guard.conditions;
  const step = (index: number, scope: LocalScope): Expr => {
    if (index === conditions.length) return fire(compileExpr(context, guard.expression, scope));
    return compileStatement(context, conditions[index], scope, (next) => step(index + 1, next), fallback);
  };
  return step(0, scope);
}

/**
 * A guard condition or comprehension qualifier that does not bind a list: a boolean test,
 * a pattern guard `p <- e` (matched once) or `let`. Continues with `rest` in the extended scope.
 */
export function compileStatement(context: Context, statement: Statement, scope: LocalScope,
  rest: (scope: LocalScope) => Expr, fallback: Expr): Expr {
  switch (statement.kind) {
    case "expression": {
      if (isTrivialTrue(statement.expression)) return rest(scope);
      const condition = compileExpr(context, statement.expression, scope);
      const alternative = { con: TRUE, fieldSlots: [], body: rest(scope), span: statement.span };
      return new Case(condition, -1, [alternative], fallback, statement.span);
    }
    case "bind": {
      const slot = scope.frame.allocate();
      const value = compileExpr(context, statement.expression, scope);
      const inner = scope.nested();
      return new Let([{ index: slot, expr: value }], matchPattern(statement.pattern, slot, inner, () => rest(inner), fallback, numberTests(context)));
    }
    case "let": {
      const inner = scope.nested();
      const bindings = compileLocalBindings(context, statement.bindings, inner);
      return new Let(bindings, rest(inner));
    }
  }
}

/** `otherwise` and `True` need no test. */
function isTrivialTrue(expression: Resolved): boolean {
  if (expression.kind === "con") return expression.con === TRUE;
  return expression.kind === "global" && expression.entity.name === "otherwise" && expression.entity.module === "Prelude";
}

/** `let`/`where` bindings: gives their binders slots in `scope` (recursively visible) and compiles them. */
export function compileLocalBindings(context: Context, group: Bindings, scope: LocalScope): Binding[] {
  if (group.functions.length === 0 && group.patterns.length === 0) return [];
  const slots = group.functions.map((binding) => scope.declare(binding.binder));
  const patternSlots = group.patterns.map((binding) => patternBinders(binding.pattern).map((binder) => ({ binder, slot: scope.declare(binder) })));
  const bindings: Binding[] = [];
  group.functions.forEach((binding, index) => {
    const expr = isFunction(context, binding)
      ? compileFunction(context, binding, scope)
      : compileRightHandSide(context, binding.clauses[0].rhs, scope, undefined, new Fail(binding.name, binding.span, []));
    bindings.push({ index: slots[index], expr });
  });
  group.patterns.forEach((binding, index) => {
    const whole = scope.frame.allocate();
    bindings.push({ index: whole, expr: compileRightHandSide(context, binding.rhs, scope, undefined, new Fail("pattern binding", binding.span, [])) });
    for (const variable of patternSlots[index]) {
      const inner = scope.nested();
      const failure = new Fail(`the pattern binding of \`${variable.binder.name}\``, binding.span, [slotLocal(whole, "value")]);
      const select = matchPattern(binding.pattern, whole, inner, () => inner.lookup(variable.binder) as Local, failure, numberTests(context));
      bindings.push({ index: variable.slot, expr: select });
    }
  });
  return bindings;
}
