// Statements and right-hand sides: tokens into the `Statement`s of `do` blocks, comprehension
// qualifiers and guards (`p <- e`, `let decls`, an expression), and into `RightHandSide`s:
// `= e` or guards `| c = e …` (`->` in case alternatives), then an optional `where` block.

import type { Token } from "../lex/index.ts";
import type { Cursor } from "./cursor.ts";
import { parseDeclaration } from "./declaration.ts";
import { parseExpression } from "./expression.ts";
import { parsePattern } from "./pattern.ts";
import type { Declaration } from "./declarationSyntax.ts";
import type { Guard, RightHandSide, Statement } from "./syntax.ts";

export function parseStatement(cursor: Cursor): Statement {
  const start = cursor.current.span.start;
  if (cursor.accept("keyword", "let")) {
    const declarations = cursor.block(() => parseDeclaration(cursor), "declarations");
    if (!cursor.accept("keyword", "in")) return { kind: "let", declarations, span: cursor.spanFrom(start) };
    const body = parseExpression(cursor);
    const expression = { kind: "let", declarations, body, span: cursor.spanFrom(start) } as const;
    return { kind: "expression", expression, span: expression.span };
  }
  if (bindAhead(cursor)) {
    const pattern = parsePattern(cursor);
    cursor.expect("reservedop", "<-", "'<-'");
    const expression = parseExpression(cursor);
    return { kind: "bind", pattern, expression, span: cursor.spanFrom(start) };
  }
  const expression = parseExpression(cursor);
  return { kind: "expression", expression, span: expression.span };
}

/** Operators that cannot occur in a pattern: seeing one first means the statement is no bind. */
const notInPatterns: ReadonlySet<string> = new Set(["->", "\\", "|", "::", "..", "=>"]);

/**
 * Looks ahead in the source tokens for a `<-` that belongs to this statement: outside brackets,
 * before a `,` `;` closing bracket or `=`, and before a line that starts at or left of the
 * enclosing block's column. Tokens that cannot be part of a pattern end the search early.
 */
function bindAhead(cursor: Cursor): boolean {
  const { tokens, from, blockColumn } = cursor.ahead();
  let depth = 0;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.kind === "end") return false;
    if (index > from && depth === 0 && token.column <= blockColumn && startsLine(tokens, index)) return false;
    if (token.kind === "keyword" && token.text !== "_") return false;
    if (token.kind === "special") {
      if (token.text === "(" || token.text === "[" || token.text === "{") depth++;
      else if (token.text === ")" || token.text === "]" || token.text === "}") {
        if (depth === 0) return false;
        depth--;
      } else if ((token.text === "," || token.text === ";") && depth === 0) return false;
    } else if (token.kind === "reservedop") {
      if (notInPatterns.has(token.text)) return false;
      if (depth === 0 && token.text === "<-") return true;
      if (depth === 0 && token.text === "=") return false;
    }
  }
  return false;
}

function startsLine(tokens: readonly Token[], index: number): boolean {
  return tokens[index].line > tokens[index - 1].line;
}

export function parseRightHandSide(cursor: Cursor, separator: "=" | "->"): RightHandSide {
  const start = cursor.current.span.start;
  if (!cursor.atOperator("|")) {
    cursor.expect("reservedop", separator, `'${separator}' or '|'`);
    const expression = parseExpression(cursor);
    const where = parseWhere(cursor);
    return { kind: "unguarded", expression, where, span: cursor.spanFrom(start) };
  }
  const guards: Guard[] = [];
  while (cursor.atOperator("|")) {
    const guardStart = cursor.advance().span.start;
    const conditions: Statement[] = [parseStatement(cursor)];
    while (cursor.accept("special", ",")) conditions.push(parseStatement(cursor));
    cursor.expect("reservedop", separator, `',' or '${separator}'`);
    const expression = parseExpression(cursor);
    guards.push({ conditions, expression, span: cursor.spanFrom(guardStart) });
  }
  const where = parseWhere(cursor);
  return { kind: "guarded", guards, where, span: cursor.spanFrom(start) };
}

function parseWhere(cursor: Cursor): Declaration[] {
  if (!cursor.accept("keyword", "where")) return [];
  return cursor.block(() => parseDeclaration(cursor), "declarations");
}
