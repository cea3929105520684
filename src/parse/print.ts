// Syntax trees into compact S-expressions (`(app f x)`, `{a + neg b}` for infix chains,
// `(paren e)`): tests state a whole tree in one line; `refrain dump --stage parse` prints them.

import type { Expr, InfixOperator, Literal, Name, Negation, Pattern, RightHandSide, Statement, Type } from "./syntax.ts";
import type { Declaration, Module } from "./declarationSyntax.ts";
import { nameText } from "./syntax.ts";

export function literal(value: Literal): string {
  switch (value.kind) {
    case "integer":
      return String(value.value);
    case "rational":
      return `${value.numerator}/${value.denominator}`;
    case "char":
      return JSON.stringify(value.value).replace(/^"|"$/g, "'");
    case "string":
      return JSON.stringify(value.value);
  }
}

function operator(item: InfixOperator | Negation): string {
  if (item.kind === "negate") return "neg";
  return item.backticked ? `\`${nameText(item.name)}\`` : nameText(item.name);
}

function list(items: readonly string[]): string {
  return `[${items.join(" ")}]`;
}

export function expr(e: Expr): string {
  switch (e.kind) {
    case "var":
    case "con":
      return nameText(e.name);
    case "literal":
      return literal(e.literal);
    case "app":
      return `(app ${expr(e.function)} ${e.args.map(expr).join(" ")})`;
    case "infix":
      return `{${e.items.map((item) => (item.kind === "operator" || item.kind === "negate" ? operator(item) : expr(item))).join(" ")}}`;
    case "paren":
      return `(paren ${expr(e.inner)})`;
    case "leftSection":
      return `(left ${expr(e.operand)} ${operator(e.operator)})`;
    case "rightSection":
      return `(right ${operator(e.operator)} ${expr(e.operand)})`;
    case "tuple":
      return `(tuple ${e.elements.map(expr).join(" ")})`;
    case "list":
      return `(list ${e.elements.map(expr).join(" ")})`;
    case "range":
      return `(range ${[e.from, e.second, e.to].map((part) => (part ? expr(part) : "_")).join(" ")})`;
    case "comprehension":
      return `(comprehension ${expr(e.element)} ${e.qualifiers.map(statement).join(" ")})`;
    case "lambda":
      return `(lambda ${list(e.parameters.map(pattern))} ${expr(e.body)})`;
    case "let":
      return `(let ${list(e.declarations.map(declaration))} ${expr(e.body)})`;
    case "if":
      return `(if ${expr(e.condition)} ${expr(e.thenBranch)} ${expr(e.elseBranch)})`;
    case "case":
      return `(case ${expr(e.scrutinee)} ${e.alternatives.map((a) => `(${pattern(a.pattern)} ${rhs(a.rhs)})`).join(" ")})`;
    case "do":
      return `(do ${e.statements.map(statement).join(" ")})`;
    case "typed":
      return `(typed ${expr(e.expression)} ${e.context.length ? `${list(e.context.map((c) => `${nameText(c.className)} ${c.args.map(type).join(" ")}`))} => ` : ""}${type(e.type)})`;
    case "recordConstruction":
      return `(record ${nameText(e.constructor)} ${e.fields.map((f) => `${f.field.text}=${expr(f.value)}`).join(" ")})`;
    case "recordUpdate":
      return `(update ${expr(e.record)} ${e.fields.map((f) => `${f.field.text}=${expr(f.value)}`).join(" ")})`;
  }
}

export function pattern(p: Pattern): string {
  switch (p.kind) {
    case "var":
      return p.name.text;
    case "wildcard":
      return "_";
    case "literal":
      return literal(p.literal);
    case "con":
      return p.args.length === 0 ? nameText(p.name) : `(${nameText(p.name)} ${p.args.map(pattern).join(" ")})`;
    case "tuple":
      return `(tuple ${p.elements.map(pattern).join(" ")})`;
    case "list":
      return `(list ${p.elements.map(pattern).join(" ")})`;
    case "infix":
      return `{${p.items.map((item) => (item.kind === "operator" ? operator(item) : pattern(item))).join(" ")}}`;
    case "as":
      return `(as ${p.name.text} ${pattern(p.pattern)})`;
    case "lazy":
      return `(lazy ${pattern(p.pattern)})`;
    case "bang":
      return `(bang ${pattern(p.pattern)})`;
    case "paren":
      return `(paren ${pattern(p.pattern)})`;
    case "record":
      return `(record ${nameText(p.constructor)} ${p.fields.map((f) => `${f.field.text}=${pattern(f.pattern)}`).join(" ")})`;
  }
}

export function type(t: Type): string {
  switch (t.kind) {
    case "constructor":
    case "variable":
      return nameText(t.name);
    case "application":
      return `(${type(t.function)} ${t.args.map(type).join(" ")})`;
    case "function":
      return `(-> ${type(t.argument)} ${type(t.result)})`;
    case "list":
      return `[${type(t.element)}]`;
    case "tuple":
      return `(tuple ${t.elements.map(type).join(" ")})`;
  }
}

export function statement(s: Statement): string {
  switch (s.kind) {
    case "bind":
      return `(<- ${pattern(s.pattern)} ${expr(s.expression)})`;
    case "let":
      return `(let ${list(s.declarations.map(declaration))})`;
    case "expression":
      return expr(s.expression);
  }
}

export function rhs(r: RightHandSide): string {
  const where = r.where.length ? ` where ${list(r.where.map(declaration))}` : "";
  if (r.kind === "unguarded") return `${expr(r.expression)}${where}`;
  const guards = r.guards.map((g) => `| ${g.conditions.map(statement).join(", ")} = ${expr(g.expression)}`);
  return `${guards.join(" ")}${where}`;
}

function names(items: readonly Name[]): string {
  return items.map(nameText).join(",");
}

export function declaration(d: Declaration): string {
  switch (d.kind) {
    case "signature":
      return `(sig ${names(d.names)} ${d.context.length ? `${list(d.context.map((c) => `${nameText(c.className)} ${c.args.map(type).join(" ")}`))} => ` : ""}${type(d.type)})`;
    case "fixity":
      return `(fixity ${d.associativity} ${d.precedence} ${names(d.operators)})`;
    case "function":
      return `(${d.infix ? "infix " : ""}fun ${d.name.text} ${list(d.args.map(pattern))} = ${rhs(d.rhs)})`;
    case "patternBinding":
      return `(bind ${pattern(d.pattern)} = ${rhs(d.rhs)})`;
    case "data": {
      const constructors = d.constructors.map((c) => {
        const fields = c.fields.map((f) => `${f.name ? `${f.name.text}::` : ""}${f.strict ? "!" : ""}${type(f.type)}`);
        return `(${c.infix ? "infix " : ""}${c.record ? "record " : ""}${c.name.text}${fields.map((f) => ` ${f}`).join("")})`;
      });
      const deriving = d.deriving.length ? ` deriving ${names(d.deriving)}` : "";
      return `(${d.newtype ? "newtype" : "data"} ${d.name.text}${d.parameters.map((p) => ` ${p.text}`).join("")} = ${constructors.join(" | ")}${deriving})`;
    }
    case "typeSynonym":
      return `(type ${d.name.text}${d.parameters.map((p) => ` ${p.text}`).join("")} = ${type(d.type)})`;
    case "class":
      return `(class ${d.context.length} ${d.name.text} ${names(d.parameters)} ${list(d.declarations.map(declaration))})`;
    case "default":
      return `(default ${d.types.map(type).join(" ")})`;
    case "instance":
      return `(instance ${d.context.length} ${d.className.text} ${d.types.map(type).join(" ")} ${list(d.declarations.map(declaration))})`;
  }
}

export function module(m: Module): string[] {
  return m.declarations.map(declaration);
}
