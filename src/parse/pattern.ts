// Patterns: tokens into `Pattern` nodes. Constructor operator chains (`x : xs`, `a :+: b`) stay
// flat for fixity resolution; a negative literal pattern `-1` holds the negated literal.

import type { Literal } from "../lex/index.ts";
import type { Cursor } from "./cursor.ts";
import { atInfixOperator, atSymbol, nameOf, parseInfixOperator } from "./names.ts";
import type { FieldPattern, InfixOperator, Name, Pattern } from "./syntax.ts";
import { tupleConstructorText } from "./syntax.ts";

/** `lpat (conop lpat)*`. */
export function parsePattern(cursor: Cursor): Pattern {
  return cursor.nested(() => {
    const start = cursor.current.span.start;
    const items: (Pattern | InfixOperator)[] = [parseLeftPattern(cursor)];
    while (atConstructorOperator(cursor)) {
      items.push(parseInfixOperator(cursor)!, parseLeftPattern(cursor));
    }
    return items.length === 1 ? items[0] as Pattern : { kind: "infix", items, span: cursor.spanFrom(start) };
  });
}

/** True at `:`, `:+:`, `M.:+:` or `` `Cons` ``. */
export function atConstructorOperator(cursor: Cursor): boolean {
  if (!atInfixOperator(cursor)) return false;
  const token = cursor.atSpecial("`") ? cursor.following()! : cursor.current;
  return token.kind === "consym" || token.kind === "conid" || token.kind === "reservedop";
}

/** `-1` or `-0.5`, a constructor with arguments `Just x`, or an atomic pattern. */
function parseLeftPattern(cursor: Cursor): Pattern {
  const start = cursor.current.span.start;
  if (cursor.at("varsym", "-") && cursor.current.qualifier === undefined && cursor.following()?.kind === "literal") {
    cursor.advance();
    const literal = cursor.current.literal!;
    if (literal.kind === "char" || literal.kind === "string") cursor.fail("a number after '-'");
    cursor.advance();
    return { kind: "literal", literal: negate(literal), span: cursor.spanFrom(start) };
  }
  const head = parseAtomicPattern(cursor);
  if (head.kind !== "con") return head;
  const args: Pattern[] = [];
  while (startsAtomicPattern(cursor)) args.push(parseAtomicPattern(cursor));
  return args.length === 0 ? head : { kind: "con", name: head.name, args, span: cursor.spanFrom(start) };
}

export function startsAtomicPattern(cursor: Cursor): boolean {
  const kind = cursor.current.kind;
  return (
    kind === "varid" ||
    kind === "conid" ||
    kind === "literal" ||
    cursor.atKeyword("_") ||
    cursor.atSpecial("(") ||
    cursor.atSpecial("[") ||
    cursor.atOperator("~") ||
    cursor.at("varsym", "!")
  );
}

/** `x`, `x@p`, `_`, `C`, `C {f = p}`, a literal, `~p`, `!p`, `( … )`, `[ … ]`. */
export function parseAtomicPattern(cursor: Cursor): Pattern {
  const token = cursor.current;
  const start = token.span.start;
  switch (token.kind) {
    case "varid": {
      if (token.qualifier !== undefined) {
        cursor.failAt(token.span, `parse error: a qualified name cannot be a pattern variable: '${token.qualifier}.${token.text}'`);
      }
      cursor.advance();
      const name = nameOf(token);
      if (!cursor.accept("reservedop", "@")) return { kind: "var", name, span: token.span };
      const pattern = cursor.nested(() => parseAtomicPattern(cursor));
      return { kind: "as", name, pattern, span: cursor.spanFrom(start) };
    }
    case "conid":
      cursor.advance();
      if (cursor.atSpecial("{")) return parseRecordPattern(cursor, nameOf(token), start);
      return { kind: "con", name: nameOf(token), args: [], span: token.span };
    case "literal":
      cursor.advance();
      return { kind: "literal", literal: token.literal!, span: token.span };
    default:
      break;
  }
  if (cursor.accept("keyword", "_")) return { kind: "wildcard", span: token.span };
  if (cursor.accept("reservedop", "~")) {
    const pattern = cursor.nested(() => parseAtomicPattern(cursor));
    return { kind: "lazy", pattern, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("varsym", "!")) {
    const pattern = cursor.nested(() => parseAtomicPattern(cursor));
    return { kind: "bang", pattern, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("special", "(")) return parseParenthesizedPattern(cursor, start);
  if (cursor.accept("special", "[")) {
    if (cursor.accept("special", "]")) return constructor(cursor, "[]", start);
    const elements = [parsePattern(cursor)];
    while (cursor.accept("special", ",")) elements.push(parsePattern(cursor));
    cursor.expect("special", "]", "',' or ']'");
    return { kind: "list", elements, span: cursor.spanFrom(start) };
  }
  return cursor.fail("a pattern");
}

/** After `(`: `()`, `(,)`, `(:+:)`, `(p)`, `(p, q)`. */
function parseParenthesizedPattern(cursor: Cursor, start: number): Pattern {
  if (cursor.accept("special", ")")) return constructor(cursor, "()", start);
  if (cursor.atSpecial(",")) {
    let arity = 1;
    while (cursor.accept("special", ",")) arity++;
    cursor.expect("special", ")");
    return constructor(cursor, tupleConstructorText(arity), start);
  }
  if (atSymbol(cursor) && !cursor.at("varsym", "-")) {
    const symbol = cursor.current;
    if (symbol.kind === "varsym") cursor.fail("a pattern (an operator such as '+' cannot be matched)");
    cursor.advance();
    cursor.expect("special", ")");
    return { kind: "con", name: { ...nameOf(symbol), span: cursor.spanFrom(start) }, args: [], span: cursor.spanFrom(start) };
  }
  const first = parsePattern(cursor);
  const elements = [first];
  while (cursor.accept("special", ",")) elements.push(parsePattern(cursor));
  cursor.expect("special", ")", elements.length === 1 ? "',' or ')'" : "')'");
  const span = cursor.spanFrom(start);
  return elements.length === 1 ? { kind: "paren", pattern: first, span } : { kind: "tuple", elements, span };
}

/** `C { f = p, g = q }` or `C {}`. */
function parseRecordPattern(cursor: Cursor, constructorName: Name, start: number): Pattern {
  cursor.expect("special", "{");
  const fields: FieldPattern[] = [];
  while (!cursor.atSpecial("}")) {
    const fieldStart = cursor.current.span.start;
    if (cursor.current.kind !== "varid") cursor.fail("a field name");
    const field = nameOf(cursor.advance());
    cursor.expect("reservedop", "=");
    const pattern = parsePattern(cursor);
    fields.push({ field, pattern, span: cursor.spanFrom(fieldStart) });
    if (!cursor.accept("special", ",")) break;
  }
  cursor.expect("special", "}", "',' or '}'");
  return { kind: "record", constructor: constructorName, fields, span: cursor.spanFrom(start) };
}

function constructor(cursor: Cursor, text: string, start: number): Pattern {
  const span = cursor.spanFrom(start);
  return { kind: "con", name: { qualifier: undefined, text, span }, args: [], span };
}

function negate(literal: Exclude<Literal, { kind: "char" | "string" }>): Literal {
  if (literal.kind === "integer") return { kind: "integer", value: -literal.value };
  return { ...literal, numerator: -literal.numerator };
}
