// The types a musician sees on hover: for every name written in a module (where it is defined or
// used), its type as `name :: scheme`, from the module's type check.

import type { Binder, Bindings, Expr, Pattern, ResolvedModule, RightHandSide, Statement } from "../resolve/tree.ts";
import { builtinLayer } from "./builtins.ts";
import type { TypeCheckResult } from "./check.ts";
import type { ValueKey } from "./environment.ts";
import { printScheme } from "./print.ts";
import type { Scheme } from "./type.ts";

/** A name's place in the module's text (offsets) and its type, as `name :: type`. */
export interface TypeNote {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function typeNotes(module: ResolvedModule, result: TypeCheckResult): TypeNote[] {
  const notes: TypeNote[] = [];
  const value = (key: ValueKey): Scheme | undefined => {
    for (const layer of result.environment.modules.values()) {
      const scheme = layer.values.get(key);
      if (scheme) return scheme;
    }
    return builtinLayer.values.get(key);
  };
  const note = (span: { start: number; end: number }, name: string, scheme: Scheme | undefined) => {
    const written = /^[^A-Za-z_\[(]/.test(name) ? `(${name})` : name;
    if (scheme) notes.push({ start: span.start, end: span.end, text: `${written} :: ${printScheme(scheme)}` });
  };
  const binder = (span: { start: number; end: number }, target: Binder) => note(span, target.name, result.types.binders.get(target) ?? value(target));

  const pattern = (node: Pattern): void => {
    if (node.kind === "var") binder(node.span, node.binder);
    else if (node.kind === "as") {
      binder(node.span, node.binder);
      pattern(node.pattern);
    } else if (node.kind === "con") node.args.forEach(pattern);
    else if (node.kind === "lazy" || node.kind === "bang") pattern(node.pattern);
  };
  const statements = (list: readonly Statement[]) => {
    for (const statement of list) {
      if (statement.kind === "bind") {
        pattern(statement.pattern);
        expression(statement.expression);
      } else if (statement.kind === "let") bindings(statement.bindings);
      else expression(statement.expression);
    }
  };
  const rhs = (node: RightHandSide) => {
    bindings(node.where);
    if (node.kind === "unguarded") expression(node.expression);
    else for (const guard of node.guards) {
      statements(guard.conditions);
      expression(guard.expression);
    }
  };
  const expression = (node: Expr): void => {
    switch (node.kind) {
      case "local":
        return binder(node.span, node.variable);
      case "global":
        return note(node.span, node.entity.name, value(node.entity.kind === "global" ? node.entity.cell : node.entity.primitive));
      case "con":
        return note(node.span, node.con.name, value(node.con));
      case "app":
        expression(node.function);
        return node.args.forEach(expression);
      case "negate":
      case "typed":
        return expression(node.kind === "negate" ? node.operand : node.expression);
      case "leftSection":
      case "rightSection":
        expression(node.operator);
        return expression(node.operand);
      case "tuple":
      case "list":
        return node.elements.forEach(expression);
      case "range":
        return [node.from, node.second, node.to].forEach((part) => part && expression(part));
      case "comprehension":
        statements(node.qualifiers);
        return expression(node.element);
      case "lambda":
        node.parameters.forEach(pattern);
        return expression(node.body);
      case "let":
        bindings(node.bindings);
        return expression(node.body);
      case "if":
        return [node.condition, node.thenBranch, node.elseBranch].forEach(expression);
      case "case":
        expression(node.scrutinee);
        for (const alternative of node.alternatives) {
          pattern(alternative.pattern);
          rhs(alternative.rhs);
        }
        return;
      case "do":
        return statements(node.statements);
      case "recordConstruction":
        return node.fields.forEach((field) => expression(field.value));
      case "recordUpdate":
        expression(node.record);
        return node.fields.forEach((field) => expression(field.value));
      case "literal":
      case "unresolved":
        return;
    }
  };
  const bindings = (group: Bindings) => {
    for (const binding of group.functions) {
      binder(binding.nameSpan, binding.binder);
      for (const clause of binding.clauses) {
        clause.patterns.forEach(pattern);
        rhs(clause.rhs);
      }
    }
    for (const binding of group.patterns) {
      pattern(binding.pattern);
      rhs(binding.rhs);
    }
  };
  bindings(module.bindings);
  for (const declaration of module.classes) bindings(declaration.defaults);
  for (const declaration of module.instances) bindings(declaration.methods);
  return notes.sort((left, right) => left.start - right.start || right.end - left.end);
}
