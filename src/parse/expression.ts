// Expressions: tokens into `Expr` nodes. Operator chains stay flat (`InfixExpr`, with prefix
// minus as `Negation`) for fixity resolution later; brackets are parsed in bracket.ts.

import type { Cursor } from "./cursor.ts";
import { parseDeclaration } from "./declaration.ts";
import { parseBracketed, parseFieldBindings, parseParenthesized } from "./bracket.ts";
import { atInfixOperator, nameOf, parseInfixOperator } from "./names.ts";
import { parseAtomicPattern, parsePattern, startsAtomicPattern } from "./pattern.ts";
import { parseRightHandSide, parseStatement } from "./statement.ts";
import type { Alternative, Expr, InfixOperator, Negation, Pattern } from "./syntax.ts";
import { parseQualifiedType } from "./type.ts";

/** `infixexp [:: type]`. */
export function parseExpression(cursor: Cursor): Expr {
  return cursor.nested(() => {
    const start = cursor.current.span.start;
    const expression = parseInfixExpression(cursor);
    if (!cursor.accept("reservedop", "::")) return expression;
    const { context, type } = parseQualifiedType(cursor);
    return { kind: "typed", expression, context, type, span: cursor.spanFrom(start) };
  });
}

export function parseInfixExpression(cursor: Cursor): Expr {
  return chainExpression(cursor, parseChain(cursor, false).items);
}

/**
 * Operands, operators and prefix minus signs up to the end of the chain. With
 * `allowTrailingOperator`, an operator right before `)` ends the chain as `trailing` (a left
 * section such as `(x +)`).
 */
export function parseChain(
  cursor: Cursor,
  allowTrailingOperator: boolean,
): { items: (Expr | InfixOperator | Negation)[]; trailing: InfixOperator | undefined } {
  const items: (Expr | InfixOperator | Negation)[] = [];
  for (;;) {
    while (cursor.at("varsym", "-") && cursor.current.qualifier === undefined) {
      items.push({ kind: "negate", span: cursor.advance().span });
    }
    items.push(parseOperand(cursor));
    if (!atInfixOperator(cursor)) return { items, trailing: undefined };
    const operator = parseInfixOperator(cursor)!;
    if (allowTrailingOperator && cursor.atSpecial(")")) return { items, trailing: operator };
    items.push(operator);
  }
}

/** One expression from a chain's items: the operand itself, or an `InfixExpr`. */
export function chainExpression(cursor: Cursor, items: (Expr | InfixOperator | Negation)[]): Expr {
  if (items.length === 1) return items[0] as Expr;
  return { kind: "infix", items, span: cursor.spanFrom(items[0].span.start) };
}

/** An operand of a chain: a lambda, `let`, `if`, `case`, `do`, or an application. */
function parseOperand(cursor: Cursor): Expr {
  const start = cursor.current.span.start;
  if (cursor.accept("reservedop", "\\")) {
    const parameters: Pattern[] = [];
    do parameters.push(parseAtomicPattern(cursor));
    while (startsAtomicPattern(cursor));
    cursor.expect("reservedop", "->", "a pattern or '->'");
    const body = parseExpression(cursor);
    return { kind: "lambda", parameters, body, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("keyword", "let")) {
    const declarations = cursor.block(() => parseDeclaration(cursor), "declarations");
    cursor.expect("keyword", "in", "'in'");
    const body = parseExpression(cursor);
    return { kind: "let", declarations, body, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("keyword", "if")) {
    const condition = parseExpression(cursor);
    if (cursor.atSemicolon()) cursor.advance();
    cursor.expect("keyword", "then", "'then'");
    const thenBranch = parseExpression(cursor);
    if (cursor.atSemicolon()) cursor.advance();
    cursor.expect("keyword", "else", "'else'");
    const elseBranch = parseExpression(cursor);
    return { kind: "if", condition, thenBranch, elseBranch, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("keyword", "case")) {
    const scrutinee = parseExpression(cursor);
    cursor.expect("keyword", "of", "'of'");
    const alternatives = cursor.block(() => parseAlternative(cursor), "case alternatives");
    if (alternatives.length === 0) cursor.failAt(cursor.spanFrom(start), "parse error: a 'case' needs at least one alternative");
    return { kind: "case", scrutinee, alternatives, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("keyword", "do")) {
    const statements = cursor.block(() => parseStatement(cursor), "statements");
    const last = statements[statements.length - 1];
    if (last === undefined) cursor.failAt(cursor.spanFrom(start), "parse error: a 'do' block must not be empty");
    if (last.kind !== "expression") {
      cursor.failAt(last.span, "parse error: the last statement of a 'do' block must be an expression");
    }
    return { kind: "do", statements, span: cursor.spanFrom(start) };
  }
  return parseApplication(cursor);
}

function parseAlternative(cursor: Cursor): Alternative {
  const start = cursor.current.span.start;
  const pattern = parsePattern(cursor);
  const rhs = parseRightHandSide(cursor, "->");
  return { pattern, rhs, span: cursor.spanFrom(start) };
}

/** `f a b`: atomic expressions side by side. */
function parseApplication(cursor: Cursor): Expr {
  const start = cursor.current.span.start;
  const head = parseAtom(cursor);
  const args: Expr[] = [];
  while (startsAtom(cursor)) args.push(parseAtom(cursor));
  return args.length === 0 ? head : { kind: "app", function: head, args, span: cursor.spanFrom(start) };
}

function startsAtom(cursor: Cursor): boolean {
  const kind = cursor.current.kind;
  return kind === "varid" || kind === "conid" || kind === "literal" || cursor.atSpecial("(") || cursor.atSpecial("[");
}

/** A variable, constructor, literal or bracketed expression, then any record braces `{ … }`. */
function parseAtom(cursor: Cursor): Expr {
  const token = cursor.current;
  const start = token.span.start;
  let atom: Expr;
  if (token.kind === "varid") {
    atom = { kind: "var", name: nameOf(cursor.advance()), span: token.span };
  } else if (token.kind === "conid") {
    atom = { kind: "con", name: nameOf(cursor.advance()), span: token.span };
  } else if (token.kind === "literal") {
    cursor.advance();
    atom = { kind: "literal", literal: token.literal!, span: token.span };
  } else if (cursor.atSpecial("(")) {
    atom = parseParenthesized(cursor);
  } else if (cursor.atSpecial("[")) {
    atom = parseBracketed(cursor);
  } else {
    return cursor.fail("an expression");
  }
  while (cursor.atSpecial("{")) {
    const fields = parseFieldBindings(cursor);
    const span = cursor.spanFrom(start);
    atom =
      atom.kind === "con"
        ? { kind: "recordConstruction", constructor: atom.name, fields, span }
        : { kind: "recordUpdate", record: atom, fields, span };
  }
  return atom;
}
