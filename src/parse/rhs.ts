// Right-hand sides: tokens after a left-hand side or a case pattern into a `RightHandSide`:
// `= e` or guards `| c = e …` (`->` in case alternatives), then an optional `where` block.

import type { Cursor } from "./cursor.ts";
import { parseDeclaration } from "./declaration.ts";
import { parseExpression } from "./expression.ts";
import { parseStatement } from "./statement.ts";
import type { Declaration } from "./declarationSyntax.ts";
import type { Guard, RightHandSide, Statement } from "./syntax.ts";

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
