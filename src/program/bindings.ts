// Functions and local declarations: equations grouped by name become one lambda whose body
// tries them in order; guards and `where` become cases and lets; pattern bindings are lazy.

import { Case, Fail, Fired, Lambda, Let, Local, type Binding, type Expr, type Rule } from "./core.ts";
import { TRUE } from "./builtins.ts";
import type { Context } from "./context.ts";
import { compileExpr } from "./expressions.ts";
import { LocalScope, slotLocal } from "./locals.ts";
import { compileMatch, matchPattern, patternVariables, type MatchRow } from "./patterns.ts";
import type { Declaration, Expr as SyntaxExpr, FixityDeclaration, FunctionClause, Guard, PatternBinding, RightHandSide, Statement } from "../parse/index.ts";
import type { Span } from "../text/index.ts";

/** Consecutive equations of one name. */
export interface FunctionGroup {
  readonly name: string;
  readonly span: Span;
  readonly clauses: readonly FunctionClause[];
}

export interface DeclarationGroups {
  readonly functions: FunctionGroup[];
  readonly patterns: PatternBinding[];
  readonly fixities: FixityDeclaration[];
}

/** Groups equations by name; a name defined in two separate places is an error. */
export function groupDeclarations(context: Context, declarations: readonly Declaration[]): DeclarationGroups {
  const functions: FunctionGroup[] = [];
  const patterns: PatternBinding[] = [];
  const fixities: FixityDeclaration[] = [];
  const defined = new Map<string, Span>();
  let current: { name: string; span: Span; clauses: FunctionClause[] } | undefined;
  for (const declaration of declarations) {
    if (declaration.kind === "function") {
      const name = declaration.name.text;
      if (current && current.name === name) {
        current.clauses.push(declaration);
        current.span = { ...current.span, end: declaration.span.end };
        continue;
      }
      const earlier = defined.get(name);
      if (earlier) context.report(declaration.name.span, `\`${name}\` is defined twice (its equations must be next to each other)`);
      defined.set(name, declaration.span);
      current = { name, span: declaration.span, clauses: [declaration] };
      functions.push(current);
      continue;
    }
    current = undefined;
    if (declaration.kind === "patternBinding") patterns.push(declaration);
    else if (declaration.kind === "fixity") fixities.push(declaration);
  }
  for (const group of functions) {
    const arity = group.clauses[0].args.length;
    for (const clause of group.clauses) {
      if (clause.args.length !== arity) {
        context.report(clause.span, `the equations of \`${group.name}\` have different numbers of arguments (${arity} and ${clause.args.length})`);
      }
    }
  }
  return { functions, patterns, fixities };
}

/** A function of one or more arguments; its frame's parent is `outer`'s frame. */
export function compileFunction(context: Context, group: FunctionGroup, outer: LocalScope | undefined): Lambda {
  const arity = group.clauses[0].args.length;
  const scope = LocalScope.function(outer);
  scope.frame.owner = { name: group.name, arity };
  const parameters = Array.from({ length: arity }, () => scope.frame.allocate());
  const failure = new Fail(group.name, group.span, parameters.map((slot, index) => slotLocal(slot, `argument ${index + 1}`)));
  const rows = group.clauses.map((clause): MatchRow => {
    const equation = scope.nested();
    const rule: Rule = { name: group.name, span: clause.span };
    return { patterns: clause.args, scope: equation, body: (fallback) => compileRightHandSide(context, clause.rhs, equation, rule, fallback) };
  });
  const code = compileMatch(context, parameters, rows, failure);
  return new Lambda(arity, scope.frame.size, code, group.name, group.span);
}

/** A constant's body (no arguments) in a frame of its own. */
export function compileConstant(context: Context, group: FunctionGroup, outer: LocalScope | undefined): Lambda {
  const scope = LocalScope.function(outer);
  const clause = group.clauses[0];
  const rule: Rule = { name: group.name, span: clause.span };
  const body = compileRightHandSide(context, clause.rhs, scope, rule, new Fail(group.name, group.span, []));
  return new Lambda(0, scope.frame.size, body, group.name, group.span);
}

/** `= e where …` or guards; a rule (if given) fires when a guard's expression is chosen. */
export function compileRightHandSide(context: Context, rhs: RightHandSide, scope: LocalScope, rule: Rule | undefined, fallback: Expr): Expr {
  const inner = scope.nested();
  const bindings = compileLocalDeclarations(context, rhs.where, inner);
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
      if (isTrivialTrue(context, statement.expression, scope)) return rest(scope);
      const condition = compileExpr(context, statement.expression, scope);
      const alternative = { con: TRUE, fieldSlots: [], body: rest(scope), span: statement.span };
      return new Case(condition, -1, [alternative], fallback, statement.span);
    }
    case "bind": {
      const slot = scope.frame.allocate();
      const value = compileExpr(context, statement.expression, scope);
      const inner = scope.nested();
      return new Let([{ index: slot, expr: value }], matchPattern(context, statement.pattern, slot, inner, () => rest(inner), fallback));
    }
    case "let": {
      const inner = scope.nested();
      const bindings = compileLocalDeclarations(context, statement.declarations, inner);
      return new Let(bindings, rest(inner));
    }
  }
}

/** `otherwise` and `True` need no test. */
function isTrivialTrue(context: Context, expression: SyntaxExpr, scope: LocalScope): boolean {
  if (expression.kind === "con" && expression.name.text === "True") return true;
  if (expression.kind !== "var" || expression.name.text !== "otherwise" || scope.lookup("otherwise")) return false;
  const found = context.scope.lookup(expression.name);
  return found.kind === "found" && found.entity.name === "otherwise" && found.entity.module === "Prelude";
}

/** `let`/`where` declarations: declares their names in `scope` (recursively visible) and compiles them. */
export function compileLocalDeclarations(context: Context, declarations: readonly Declaration[], scope: LocalScope): Binding[] {
  if (declarations.length === 0) return [];
  const groups = groupDeclarations(context, declarations);
  const slots = groups.functions.map((group) => scope.declare(group.name));
  const patternSlots = groups.patterns.map((binding) => patternVariables(binding.pattern).map((variable) => ({ ...variable, slot: scope.declare(variable.name) })));
  for (const fixity of groups.fixities) {
    for (const operator of fixity.operators) {
      if (!scope.has(operator.text)) context.report(operator.span, `the fixity of \`${operator.text}\` is declared, but \`${operator.text}\` is not defined here`);
      scope.fixities.set(operator.text, { associativity: fixity.associativity, precedence: fixity.precedence });
    }
  }
  const bindings: Binding[] = [];
  groups.functions.forEach((group, index) => {
    const arity = group.clauses[0].args.length;
    const expr = arity > 0
      ? compileFunction(context, group, scope)
      : compileRightHandSide(context, group.clauses[0].rhs, scope, undefined, new Fail(group.name, group.span, []));
    if (arity === 0 && group.clauses.length > 1) context.report(group.clauses[1].span, `\`${group.name}\` is defined twice`);
    bindings.push({ index: slots[index], expr });
  });
  groups.patterns.forEach((binding, index) => {
    const whole = scope.frame.allocate();
    bindings.push({ index: whole, expr: compileRightHandSide(context, binding.rhs, scope, undefined, new Fail("pattern binding", binding.span, [])) });
    for (const variable of patternSlots[index]) {
      const inner = scope.nested();
      const failure = new Fail(`the pattern binding of \`${variable.name}\``, binding.span, [slotLocal(whole, "value")]);
      const select = matchPattern(context, binding.pattern, whole, inner, () => inner.lookup(variable.name) as Local, failure);
      bindings.push({ index: variable.slot, expr: select });
    }
  });
  return bindings;
}
