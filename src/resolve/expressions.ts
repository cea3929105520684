// Expressions resolved: local names to their variables, top-level names to entities, infix
// chains by fixity into applications, record fields to positions; scopes follow the syntax.

import type { Constructor } from "../core/term.ts";
import type { Resolved } from "./fixity.ts";
import type { Expr as Syntax, InfixOperator, Name, Statement as SyntaxStatement } from "../parse/index.ts";
import type { Span } from "../text/index.ts";
import { resolveLocalDeclarations, resolveRightHandSide } from "./bindings.ts";
import type { Resolver } from "./context.ts";
import type { Locals } from "./locals.ts";
import { resolvePattern } from "./patterns.ts";
import type { Alternative, Expr, RecordField, Statement } from "./tree.ts";
import { resolveSignature } from "./types.ts";

function broken(span: Span): Expr {
  return { kind: "unresolved", span };
}

export function resolveExpr(resolver: Resolver, expression: Syntax, locals: Locals): Expr {
  const recur = (inner: Syntax) => resolveExpr(resolver, inner, locals);
  switch (expression.kind) {
    case "var":
      return variable(resolver, expression.name, locals);
    case "con": {
      const con = resolver.constructorOf(expression.name);
      return con ? { kind: "con", con, span: expression.span } : broken(expression.span);
    }
    case "literal":
      return expression;
    case "app":
      return application(resolver, recur(expression.function), expression.args.map(recur), expression.span);
    case "infix":
      return infix(resolver, expression, locals);
    case "paren":
      return recur(expression.inner);
    case "typed":
      return { kind: "typed", expression: recur(expression.expression), signature: resolveSignature(resolver, expression.context, expression.type, expression.span), span: expression.span };
    case "leftSection":
      return { kind: "leftSection", operator: operator(resolver, expression.operator, locals), operand: recur(expression.operand), span: expression.span };
    case "rightSection":
      return { kind: "rightSection", operator: operator(resolver, expression.operator, locals), operand: recur(expression.operand), span: expression.span };
    case "tuple":
    case "list":
      return { kind: expression.kind, elements: expression.elements.map(recur), span: expression.span };
    case "range":
      return {
        kind: "range", from: recur(expression.from), second: expression.second && recur(expression.second),
        to: expression.to && recur(expression.to), span: expression.span,
      };
    case "comprehension": {
      const { statements, scope } = resolveStatements(resolver, expression.qualifiers, locals);
      return { kind: "comprehension", element: resolveExpr(resolver, expression.element, scope), qualifiers: statements, span: expression.span };
    }
    case "lambda": {
      const inner = locals.nested();
      const seen = new Set<string>();
      const parameters = expression.parameters.map((parameter) => resolvePattern(resolver, parameter, inner, (name, span) => inner.bind(name, span), seen));
      return { kind: "lambda", parameters, body: resolveExpr(resolver, expression.body, inner), span: expression.span };
    }
    case "let": {
      const inner = locals.nested();
      const bindings = resolveLocalDeclarations(resolver, expression.declarations, inner);
      return { kind: "let", bindings, body: resolveExpr(resolver, expression.body, inner), span: expression.span };
    }
    case "if":
      return { kind: "if", condition: recur(expression.condition), thenBranch: recur(expression.thenBranch), elseBranch: recur(expression.elseBranch), span: expression.span };
    case "case": {
      const alternatives = expression.alternatives.map((alternative): Alternative => {
        const inner = locals.nested();
        const pattern = resolvePattern(resolver, alternative.pattern, inner, (name, span) => inner.bind(name, span));
        return { pattern, rhs: resolveRightHandSide(resolver, alternative.rhs, inner), span: alternative.span };
      });
      return { kind: "case", scrutinee: recur(expression.scrutinee), alternatives, span: expression.span };
    }
    case "do": {
      const { statements } = resolveStatements(resolver, expression.statements, locals);
      return { kind: "do", statements, span: expression.span };
    }
    case "recordConstruction":
      return recordConstruction(resolver, expression, locals);
    case "recordUpdate":
      return recordUpdate(resolver, expression, locals);
  }
}

function variable(resolver: Resolver, name: Name, locals: Locals): Expr {
  if (name.qualifier === undefined) {
    const local = locals.lookup(name.text);
    if (local) return { kind: "local", variable: local, span: name.span };
  }
  const entity = resolver.resolve(name);
  if (entity === undefined) return broken(name.span);
  if (entity.kind === "constructor") return { kind: "con", con: entity.con, span: name.span };
  return { kind: "global", entity, span: name.span };
}

/** An infix operator as a name; its span includes the backquotes of `` `div` ``. */
function operator(resolver: Resolver, infixOperator: InfixOperator, locals: Locals): Expr {
  const name = { ...infixOperator.name, span: infixOperator.span };
  if (!infixOperator.constructor) return variable(resolver, name, locals);
  const con = resolver.constructorOf(name);
  return con ? { kind: "con", con, span: name.span } : broken(name.span);
}

/** `f a b`; a constructor given more arguments than it takes is an error here already. */
function application(resolver: Resolver, head: Expr, args: Expr[], span: Span): Expr {
  if (head.kind === "con" && args.length > head.con.arity) {
    const { con } = head;
    resolver.report(span, `the constructor \`${con.name}\` takes ${con.arity} argument${con.arity === 1 ? "" : "s"}, but is given ${args.length}`);
  }
  return { kind: "app", function: head, args, span };
}

function infix(resolver: Resolver, expression: Extract<Syntax, { kind: "infix" }>, locals: Locals): Expr {
  const tree = resolver.fixities(expression.items, locals, (operand) => operand.span);
  if (tree === undefined) return broken(expression.span);
  const build = (node: Resolved<Syntax>): Expr => {
    if (node.kind === "operand") return resolveExpr(resolver, node.value, locals);
    if (node.kind === "negate") return { kind: "negate", operand: build(node.operand), negate: resolver.negate, span: node.span };
    return application(resolver, operator(resolver, node.operator, locals), [build(node.left), build(node.right)], node.span);
  };
  return build(tree);
}

/** Qualifiers or statements in order, each in the scope of the variables bound before it. */
export function resolveStatements(resolver: Resolver, statements: readonly SyntaxStatement[], locals: Locals): { statements: Statement[]; scope: Locals } {
  const resolved: Statement[] = [];
  let scope = locals;
  for (const statement of statements) {
    if (statement.kind === "expression") {
      resolved.push({ kind: "expression", expression: resolveExpr(resolver, statement.expression, scope), span: statement.span });
    } else if (statement.kind === "bind") {
      const expression = resolveExpr(resolver, statement.expression, scope);
      const inner = scope.nested();
      const pattern = resolvePattern(resolver, statement.pattern, inner, (name, span) => inner.bind(name, span));
      resolved.push({ kind: "bind", pattern, expression, span: statement.span });
      scope = inner;
    } else {
      const inner = scope.nested();
      resolved.push({ kind: "let", bindings: resolveLocalDeclarations(resolver, statement.declarations, inner), span: statement.span });
      scope = inner;
    }
  }
  return { statements: resolved, scope };
}

function recordConstruction(resolver: Resolver, expression: Extract<Syntax, { kind: "recordConstruction" }>, locals: Locals): Expr {
  const con = resolver.constructorOf(expression.constructor);
  if (!con) return broken(expression.span);
  const fields: RecordField[] = [];
  for (const field of expression.fields) {
    const index = con.fields.indexOf(field.field.text);
    if (index < 0) resolver.report(field.field.span, `\`${con.name}\` has no field \`${field.field.text}\``);
    else fields.push({ name: field.field.text, index, value: resolveExpr(resolver, field.value, locals), span: field.span });
  }
  return { kind: "recordConstruction", con, fields, span: expression.span };
}

function recordUpdate(resolver: Resolver, expression: Extract<Syntax, { kind: "recordUpdate" }>, locals: Locals): Expr {
  const names = expression.fields.map((field) => field.field.text);
  const fields = expression.fields.map((field): RecordField => ({ name: field.field.text, index: -1, value: resolveExpr(resolver, field.value, locals), span: field.span }));
  const constructors: Constructor[] = (resolver.fieldOwners.get(names[0]) ?? []).filter((con) => names.every((name) => con.fields.includes(name)));
  if (constructors.length === 0) resolver.report(expression.span, `no constructor has the fields ${names.map((name) => `\`${name}\``).join(", ")}`);
  return { kind: "recordUpdate", record: resolveExpr(resolver, expression.record, locals), fields, constructors, span: expression.span };
}
