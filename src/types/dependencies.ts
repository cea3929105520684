// Dependency analysis of a binding group: which bindings mention which binders, and the
// strongly connected components (mutually recursive groups) in dependency order (Tarjan).

import type { Bindings, Expr, RightHandSide, Statement } from "../resolve/tree.ts";

/** Every binder (local variable or global cell) an expression mentions, into `found`. */
export function mentionedInExpression(expression: Expr, found: Set<object>): void {
  switch (expression.kind) {
    case "local":
      found.add(expression.variable);
      return;
    case "global":
      if (expression.entity.kind === "global") found.add(expression.entity.cell);
      return;
    case "con":
    case "literal":
    case "unresolved":
      return;
    case "app":
      mentionedInExpression(expression.function, found);
      for (const argument of expression.args) mentionedInExpression(argument, found);
      return;
    case "negate":
      mentionedInExpression(expression.operand, found);
      return;
    case "leftSection":
    case "rightSection":
      mentionedInExpression(expression.operator, found);
      mentionedInExpression(expression.operand, found);
      return;
    case "tuple":
    case "list":
      for (const element of expression.elements) mentionedInExpression(element, found);
      return;
    case "range":
      for (const part of [expression.from, expression.second, expression.to]) if (part !== undefined) mentionedInExpression(part, found);
      return;
    case "comprehension":
      mentionedInExpression(expression.element, found);
      for (const qualifier of expression.qualifiers) mentionedInStatement(qualifier, found);
      return;
    case "lambda":
      mentionedInExpression(expression.body, found);
      return;
    case "let":
      mentionedInBindings(expression.bindings, found);
      mentionedInExpression(expression.body, found);
      return;
    case "if":
      for (const part of [expression.condition, expression.thenBranch, expression.elseBranch]) mentionedInExpression(part, found);
      return;
    case "case":
      mentionedInExpression(expression.scrutinee, found);
      for (const alternative of expression.alternatives) mentionedInRightHandSide(alternative.rhs, found);
      return;
    case "do":
      for (const statement of expression.statements) mentionedInStatement(statement, found);
      return;
    case "typed":
      mentionedInExpression(expression.expression, found);
      return;
    case "recordConstruction":
      for (const field of expression.fields) mentionedInExpression(field.value, found);
      return;
    case "recordUpdate":
      mentionedInExpression(expression.record, found);
      for (const field of expression.fields) mentionedInExpression(field.value, found);
  }
}

function mentionedInStatement(statement: Statement, found: Set<object>): void {
  if (statement.kind === "let") mentionedInBindings(statement.bindings, found);
  else mentionedInExpression(statement.expression, found);
}

export function mentionedInRightHandSide(rhs: RightHandSide, found: Set<object>): void {
  mentionedInBindings(rhs.where, found);
  if (rhs.kind === "unguarded") mentionedInExpression(rhs.expression, found);
  else {
    for (const guard of rhs.guards) {
      for (const condition of guard.conditions) mentionedInStatement(condition, found);
      mentionedInExpression(guard.expression, found);
    }
  }
}

function mentionedInBindings(bindings: Bindings, found: Set<object>): void {
  for (const binding of bindings.functions) for (const clause of binding.clauses) mentionedInRightHandSide(clause.rhs, found);
  for (const binding of bindings.patterns) mentionedInRightHandSide(binding.rhs, found);
}

/**
 * The strongly connected components of the graph `node -> successors(node)`, each component
 * after every component it depends on.
 */
export function stronglyConnected<T>(nodes: readonly T[], successors: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const lowest = new Map<T, number>();
  const stack: T[] = [];
  const onStack = new Set<T>();
  const components: T[][] = [];
  const visit = (node: T): void => {
    index.set(node, index.size);
    lowest.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of successors(node)) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(next)!));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node)!, index.get(next)!));
      }
    }
    if (lowest.get(node) === index.get(node)) {
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}
