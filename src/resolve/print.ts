// Prints a resolved module as Haskell text in which every name says what it is bound to:
// top-level names qualified by their module (`Prelude.map`), locals plain, every infix
// application parenthesized as fixity resolution grouped it (`refrain dump --stage resolved`).

import type { Constructor } from "../core/term.ts";
import type { TypeEntity, ValueEntity } from "./scope.ts";
import { standalone } from "../parse/index.ts";
import type {
  Bindings, Binder, ConstraintExpr, Expr, Literal, Pattern, ResolvedModule, RightHandSide, Signature, Statement, TypeExpr,
} from "./tree.ts";

function qualified(module: string, name: string): string {
  return standalone(name) === name ? `${module}.${name}` : `(${module}.${name})`;
}

function entityName(entity: ValueEntity): string {
  return qualified(entity.module, entity.name);
}

function constructorName(con: Constructor): string {
  return /^[\[(]/.test(con.name) ? con.name : qualified(con.module, con.name);
}

function binderName(binder: Binder): string {
  return "qualifiedName" in binder ? binder.qualifiedName : binder.name;
}

function typeName(type: TypeEntity): string {
  return /^[\[(-]/.test(type.name) ? type.name : `${type.module}.${type.name}`;
}

function literal(value: Literal): string {
  switch (value.kind) {
    case "integer":
      return String(value.value);
    case "rational":
      return `(${value.numerator} % ${value.denominator})`;
    case "char":
    case "string":
      return JSON.stringify(value.value);
  }
}

export function printType(type: TypeExpr): string {
  switch (type.kind) {
    case "constructor":
      return typeName(type.type);
    case "variable":
      return type.name;
    case "application":
      return `(${[type.function, ...type.args].map(printType).join(" ")})`;
    case "function":
      return `(${printType(type.argument)} -> ${printType(type.result)})`;
    case "list":
      return `[${printType(type.element)}]`;
    case "tuple":
      return `(${type.elements.map(printType).join(", ")})`;
  }
}

function context(constraints: readonly ConstraintExpr[]): string {
  if (constraints.length === 0) return "";
  return `(${constraints.map((constraint) => [typeName(constraint.typeClass), ...constraint.args.map(printType)].join(" ")).join(", ")}) => `;
}

function signature(value: Signature): string {
  return context(value.context) + printType(value.type);
}

export function printPattern(pattern: Pattern): string {
  switch (pattern.kind) {
    case "var":
      return binderName(pattern.binder);
    case "wildcard":
      return "_";
    case "literal":
      return literal(pattern.literal);
    case "con":
      return pattern.args.length === 0 ? constructorName(pattern.con) : `(${[constructorName(pattern.con), ...pattern.args.map(printPattern)].join(" ")})`;
    case "as":
      return `${binderName(pattern.binder)}@${printPattern(pattern.pattern)}`;
    case "lazy":
      return `~${printPattern(pattern.pattern)}`;
    case "bang":
      return `!${printPattern(pattern.pattern)}`;
  }
}

export function printExpr(expression: Expr, indent = ""): string {
  const recur = (inner: Expr) => printExpr(inner, indent);
  switch (expression.kind) {
    case "local":
      return expression.variable.name;
    case "global":
      return entityName(expression.entity);
    case "con":
      return constructorName(expression.con);
    case "literal":
      return literal(expression.literal);
    case "app":
      return `(${[expression.function, ...expression.args].map(recur).join(" ")})`;
    case "negate":
      return `(negate ${recur(expression.operand)})`;
    case "leftSection":
      return `(${recur(expression.operator)} ${recur(expression.operand)})`;
    case "rightSection":
      return `(\\x -> ${recur(expression.operator)} x ${recur(expression.operand)})`;
    case "tuple":
      return `(${expression.elements.map(recur).join(", ")})`;
    case "list":
      return `[${expression.elements.map(recur).join(", ")}]`;
    case "range":
      return `[${recur(expression.from)}${expression.second ? `, ${recur(expression.second)}` : ""} ..${expression.to ? ` ${recur(expression.to)}` : ""}]`;
    case "comprehension":
      return `[${recur(expression.element)} | ${expression.qualifiers.map((qualifier) => statement(qualifier, indent)).join(", ")}]`;
    case "lambda":
      return `(\\${expression.parameters.map(printPattern).join(" ")} -> ${recur(expression.body)})`;
    case "let":
      return `(let\n${bindings(expression.bindings, indent + "    ")}${indent}  in ${recur(expression.body)})`;
    case "if":
      return `(if ${recur(expression.condition)} then ${recur(expression.thenBranch)} else ${recur(expression.elseBranch)})`;
    case "case":
      return `(case ${recur(expression.scrutinee)} of${expression.alternatives.map((alternative) =>
        `\n${indent}    ${printPattern(alternative.pattern)}${rhs(alternative.rhs, "->", indent + "    ")}`).join("")})`;
    case "do":
      return `(do { ${expression.statements.map((inner) => statement(inner, indent)).join("; ")} })`;
    case "typed":
      return `(${recur(expression.expression)} :: ${signature(expression.signature)})`;
    case "recordConstruction":
      return `${constructorName(expression.con)} { ${expression.fields.map((field) => `${field.name} = ${recur(field.value)}`).join(", ")} }`;
    case "recordUpdate":
      return `${recur(expression.record)} { ${expression.fields.map((field) => `${field.name} = ${recur(field.value)}`).join(", ")} }`;
    case "unresolved":
      return "?";
  }
}

function statement(value: Statement, indent: string): string {
  switch (value.kind) {
    case "bind":
      return `${printPattern(value.pattern)} <- ${printExpr(value.expression, indent)}`;
    case "let":
      return `let { ${bindings(value.bindings, "").trim().split("\n").join("; ")} }`;
    case "expression":
      return printExpr(value.expression, indent);
  }
}

function rhs(value: RightHandSide, equals: string, indent: string): string {
  const where = value.where.functions.length + value.where.patterns.length > 0 ? `\n${indent}  where\n${bindings(value.where, indent + "    ")}` : "";
  if (value.kind === "unguarded") return ` ${equals} ${printExpr(value.expression, indent)}${where.trimEnd()}`;
  const guards = value.guards.map((guard) =>
    `\n${indent}  | ${guard.conditions.map((condition) => statement(condition, indent)).join(", ")} ${equals} ${printExpr(guard.expression, indent)}`);
  return guards.join("") + where.trimEnd();
}

function bindings(group: Bindings, indent: string): string {
  const lines: string[] = [];
  for (const [binder, value] of group.signatures) {
    lines.push(`${indent}${"qualifiedName" in binder ? binder.qualifiedName : binder.name} :: ${signature(value)}`);
  }
  for (const binding of group.functions) {
    for (const clause of binding.clauses) {
      lines.push(`${indent}${[binderName(binding.binder), ...clause.patterns.map(printPattern)].join(" ")}${rhs(clause.rhs, "=", indent)}`);
    }
  }
  for (const binding of group.patterns) lines.push(`${indent}${printPattern(binding.pattern)}${rhs(binding.rhs, "=", indent)}`);
  return lines.map((line) => line + "\n").join("");
}

export function printModule(module: ResolvedModule): string {
  const parts: string[] = [`-- module ${module.name}, resolved`];
  for (const data of module.data) {
    const constructors = data.constructors.map((constructor) => [constructorName(constructor.con), ...constructor.fields.map(printType)].join(" "));
    const deriving = data.deriving.length > 0 ? ` deriving (${data.deriving.map((entry) => typeName(entry.typeClass)).join(", ")})` : "";
    parts.push(`${data.newtype ? "newtype" : "data"} ${[typeName(data.type), ...data.parameters].join(" ")}${constructors.length > 0 ? " = " : ""}${constructors.join(" | ")}${deriving}`);
  }
  for (const synonym of module.synonyms) parts.push(`type ${[typeName(synonym.type), ...synonym.parameters].join(" ")} = ${printType(synonym.body)}`);
  for (const declaration of module.classes) {
    const methods = declaration.methods.map((method) => `  ${method.name} :: ${signature(method.signature)}\n`).join("");
    parts.push(`class ${context(declaration.context)}${typeName(declaration.typeClass)} ${declaration.parameter} where\n${methods}${bindings(declaration.defaults, "  ")}`.trimEnd());
  }
  for (const instance of module.instances) {
    parts.push(`instance ${context(instance.context)}${typeName(instance.typeClass)} ${printType(instance.type)} where\n${bindings(instance.methods, "  ")}`.trimEnd());
  }
  parts.push(bindings(module.bindings, "").trimEnd());
  return parts.filter((part) => part.length > 0).join("\n\n") + "\n";
}
