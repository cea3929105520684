// Walking the resolved tree: every expression, pattern and function binding of a subtree handed
// to a visitor (the type checker's dependency analysis, the hover notes), and a pattern's binders.

import type { Binder, Bindings, Expr, FunctionBinding, Pattern, ResolvedModule, RightHandSide, Statement } from "./tree.ts";

export interface Visitor {
  expression?(node: Expr): void;
  pattern?(node: Pattern): void;
  binding?(node: FunctionBinding): void;
}

/** The variables a pattern binds, in order. */
export function patternBinders(pattern: Pattern, into: Binder[] = []): Binder[] {
  switch (pattern.kind) {
    case "var":
      into.push(pattern.binder);
      break;
    case "as":
      into.push(pattern.binder);
      patternBinders(pattern.pattern, into);
      break;
    case "con":
      for (const argument of pattern.args) patternBinders(argument, into);
      break;
    case "lazy":
    case "bang":
      patternBinders(pattern.pattern, into);
  }
  return into;
}

function walkPattern(pattern: Pattern, visitor: Visitor): void {
  visitor.pattern?.(pattern);
  if (pattern.kind === "con") for (const argument of pattern.args) walkPattern(argument, visitor);
  else if (pattern.kind === "as" || pattern.kind === "lazy" || pattern.kind === "bang") walkPattern(pattern.pattern, visitor);
}

/** The expression, then its parts in the order they are written (a comprehension's element first). */
export function walkExpression(expression: Expr, visitor: Visitor): void {
  visitor.expression?.(expression);
  const walk = (part: Expr | undefined) => part && walkExpression(part, visitor);
  switch (expression.kind) {
    case "app":
      walk(expression.function);
      return expression.args.forEach(walk);
    case "negate":
      return walk(expression.operand);
    case "typed":
      return walk(expression.expression);
    case "leftSection":
    case "rightSection":
      walk(expression.operator);
      return walk(expression.operand);
    case "tuple":
    case "list":
      return expression.elements.forEach(walk);
    case "range":
      return [expression.from, expression.second, expression.to].forEach(walk);
    case "comprehension":
      walk(expression.element);
      return walkStatements(expression.qualifiers, visitor);
    case "lambda":
      for (const parameter of expression.parameters) walkPattern(parameter, visitor);
      return walk(expression.body);
    case "let":
      walkBindings(expression.bindings, visitor);
      return walk(expression.body);
    case "if":
      return [expression.condition, expression.thenBranch, expression.elseBranch].forEach(walk);
    case "case":
      walk(expression.scrutinee);
      for (const alternative of expression.alternatives) {
        walkPattern(alternative.pattern, visitor);
        walkRightHandSide(alternative.rhs, visitor);
      }
      return;
    case "do":
      return walkStatements(expression.statements, visitor);
    case "recordConstruction":
      return expression.fields.forEach((field) => walk(field.value));
    case "recordUpdate":
      walk(expression.record);
      return expression.fields.forEach((field) => walk(field.value));
  }
}

function walkStatements(statements: readonly Statement[], visitor: Visitor): void {
  for (const statement of statements) {
    if (statement.kind === "let") walkBindings(statement.bindings, visitor);
    else {
      if (statement.kind === "bind") walkPattern(statement.pattern, visitor);
      walkExpression(statement.expression, visitor);
    }
  }
}

/** `where` bindings first, then the expression or each guard's conditions and expression. */
export function walkRightHandSide(rhs: RightHandSide, visitor: Visitor): void {
  walkBindings(rhs.where, visitor);
  if (rhs.kind === "unguarded") return walkExpression(rhs.expression, visitor);
  for (const guard of rhs.guards) {
    walkStatements(guard.conditions, visitor);
    walkExpression(guard.expression, visitor);
  }
}

export function walkBindings(bindings: Bindings, visitor: Visitor): void {
  for (const binding of bindings.functions) {
    visitor.binding?.(binding);
    for (const clause of binding.clauses) {
      for (const pattern of clause.patterns) walkPattern(pattern, visitor);
      walkRightHandSide(clause.rhs, visitor);
    }
  }
  for (const binding of bindings.patterns) {
    walkPattern(binding.pattern, visitor);
    walkRightHandSide(binding.rhs, visitor);
  }
}

/** The module's top-level bindings, class defaults and instance methods. */
export function walkModule(module: ResolvedModule, visitor: Visitor): void {
  walkBindings(module.bindings, visitor);
  for (const declaration of module.classes) walkBindings(declaration.defaults, visitor);
  for (const declaration of module.instances) walkBindings(declaration.methods, visitor);
}

/**
 * Whether matching the pattern can fail (a `do` then calls `fail`): not a variable, `_` or lazy
 * pattern, nor a constructor that is its type's only one over patterns that cannot fail.
 */
export function failable(pattern: Pattern): boolean {
  switch (pattern.kind) {
    case "var":
    case "wildcard":
    case "lazy":
      return false;
    case "as":
    case "bang":
      return failable(pattern.pattern);
    case "literal":
      return true;
    case "con":
      return pattern.con.siblings.length !== 1 || pattern.args.some(failable);
  }
}
