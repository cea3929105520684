// Names and operators shared by the parsers: name tokens into `Name`s, operator tokens
// (symbols, `:`, backticked identifiers) into `InfixOperator`s, module names into `ModuleName`s.

import type { Token } from "../lex/index.ts";
import type { Cursor } from "./cursor.ts";
import type { InfixOperator, ModuleName, Name } from "./syntax.ts";

export function nameOf(token: Token): Name {
  return { qualifier: token.qualifier, text: token.text, span: token.span };
}

/** True at `+`, `M.+`, `:+:`, `:` or a backtick followed by an identifier and a backtick. */
export function atInfixOperator(cursor: Cursor): boolean {
  const token = cursor.current;
  if (token.kind === "varsym" || token.kind === "consym" || cursor.atOperator(":")) return true;
  if (!cursor.atSpecial("`")) return false;
  const next = cursor.following();
  return next !== undefined && (next.kind === "varid" || next.kind === "conid");
}

/** Consumes an infix operator if there is one (see `atInfixOperator`). */
export function parseInfixOperator(cursor: Cursor): InfixOperator | undefined {
  if (!atInfixOperator(cursor)) return undefined;
  const start = cursor.current.span.start;
  if (cursor.accept("special", "`")) {
    const token = cursor.advance();
    cursor.expect("special", "`", "a closing '`'");
    const name = nameOf(token);
    return { kind: "operator", name, backticked: true, constructor: token.kind === "conid", span: cursor.spanFrom(start) };
  }
  const token = cursor.advance();
  const constructor = token.kind === "consym" || token.kind === "reservedop";
  return { kind: "operator", name: nameOf(token), backticked: false, constructor, span: token.span };
}

/** True at a symbol that may stand in parentheses as a value: `+`, `M.+`, `:+:`, `:`. */
export function atSymbol(cursor: Cursor): boolean {
  const kind = cursor.current.kind;
  return kind === "varsym" || kind === "consym" || cursor.atOperator(":");
}

/** An unqualified variable being defined or declared: `f`, or an operator in parentheses `(+)`. */
export function parseDefinedVariable(cursor: Cursor): Name {
  const token = cursor.current;
  if (token.kind === "varid") {
    if (token.qualifier !== undefined) unqualifiedOnly(cursor, token);
    return nameOf(cursor.advance());
  }
  const start = token.span.start;
  cursor.expect("special", "(", "a variable name");
  const symbol = cursor.current;
  if (symbol.kind !== "varsym" && symbol.kind !== "consym") cursor.fail("an operator");
  if (symbol.qualifier !== undefined) unqualifiedOnly(cursor, symbol);
  cursor.advance();
  cursor.expect("special", ")");
  return { qualifier: undefined, text: symbol.text, span: cursor.spanFrom(start) };
}

/** `A.B.C` written as one (possibly qualified) conid token. */
export function parseModuleName(cursor: Cursor): ModuleName {
  const token = cursor.current;
  if (token.kind !== "conid") cursor.fail("a module name");
  cursor.advance();
  const text = token.qualifier === undefined ? token.text : `${token.qualifier}.${token.text}`;
  return { text, span: token.span };
}

export function unqualifiedOnly(cursor: Cursor, token: Token): never {
  return cursor.failAt(token.span, `parse error: a qualified name cannot be defined here: '${token.qualifier}.${token.text}'`);
}
