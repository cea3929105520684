// Bracketed expressions: `( … )` into units, tuples, sections, operators as values and
// parenthesized expressions; `[ … ]` into lists, ranges and comprehensions; record `{ f = e }`.

import type { Cursor } from "./cursor.ts";
import { chainExpression, parseChain, parseExpression, parseInfixExpression } from "./expression.ts";
import { atInfixOperator, nameOf, parseInfixOperator } from "./names.ts";
import { parseStatement } from "./statement.ts";
import type { Expr, FieldBinding, Statement } from "./syntax.ts";
import { tupleConstructorText } from "./syntax.ts";
import { parseQualifiedType } from "./type.ts";

/** `()`, `(,)`, `(+)`, `(-)`, `(+ 1)`, `(x +)`, `(- 1)`, `(e)`, `(e :: T)`, `(a, b)`. */
export function parseParenthesized(cursor: Cursor): Expr {
  return cursor.nested(() => {
    const start = cursor.expect("special", "(").span.start;
    if (cursor.accept("special", ")")) return special(cursor, "()", start);
    if (cursor.atSpecial(",")) {
      let arity = 1;
      while (cursor.accept("special", ",")) arity++;
      cursor.expect("special", ")", "',' or ')'");
      return special(cursor, tupleConstructorText(arity), start);
    }
    const negation = cursor.at("varsym", "-") && cursor.current.qualifier === undefined;
    if (atInfixOperator(cursor) && (!negation || cursor.following()?.text === ")")) {
      const operator = parseInfixOperator(cursor)!;
      if (!operator.backticked && cursor.accept("special", ")")) {
        const name = { ...operator.name, span: cursor.spanFrom(start) };
        return { kind: operator.constructor ? "con" : "var", name, span: name.span };
      }
      const operand = parseInfixExpression(cursor);
      cursor.expect("special", ")");
      return { kind: "rightSection", operator, operand, span: cursor.spanFrom(start) };
    }
    const chain = parseChain(cursor, true);
    const first = chainExpression(cursor, chain.items);
    if (chain.trailing) {
      cursor.expect("special", ")");
      return { kind: "leftSection", operand: first, operator: chain.trailing, span: cursor.spanFrom(start) };
    }
    const elements = [withAnnotation(cursor, first)];
    while (cursor.accept("special", ",")) elements.push(parseExpression(cursor));
    cursor.expect("special", ")", elements.length === 1 ? "an operator, ',' or ')'" : "',' or ')'");
    const span = cursor.spanFrom(start);
    return elements.length === 1 ? { kind: "paren", inner: elements[0], span } : { kind: "tuple", elements, span };
  });
}

/** `[]`, `[a, b]`, `[a ..]`, `[a, b .. c]`, `[e | quals]`. */
export function parseBracketed(cursor: Cursor): Expr {
  return cursor.nested(() => {
    const start = cursor.expect("special", "[").span.start;
    if (cursor.accept("special", "]")) return special(cursor, "[]", start);
    const first = parseExpression(cursor);
    if (cursor.accept("reservedop", "..")) return finishRange(cursor, start, first, undefined);
    if (cursor.accept("reservedop", "|")) {
      const qualifiers: Statement[] = [parseStatement(cursor)];
      while (cursor.accept("special", ",")) qualifiers.push(parseStatement(cursor));
      cursor.expect("special", "]", "',' or ']'");
      return { kind: "comprehension", element: first, qualifiers, span: cursor.spanFrom(start) };
    }
    const elements = [first];
    if (cursor.accept("special", ",")) {
      const second = parseExpression(cursor);
      if (cursor.accept("reservedop", "..")) return finishRange(cursor, start, first, second);
      elements.push(second);
      while (cursor.accept("special", ",")) elements.push(parseExpression(cursor));
    }
    cursor.expect("special", "]", elements.length === 1 ? "',', '..', '|' or ']'" : "',' or ']'");
    return { kind: "list", elements, span: cursor.spanFrom(start) };
  });
}

/** After `..`: the optional upper bound and `]`. */
function finishRange(cursor: Cursor, start: number, from: Expr, second: Expr | undefined): Expr {
  const to = cursor.atSpecial("]") ? undefined : parseExpression(cursor);
  cursor.expect("special", "]");
  return { kind: "range", from, second, to, span: cursor.spanFrom(start) };
}

/** `{ f = e, g = e2 }` after a constructor or a record expression. */
export function parseFieldBindings(cursor: Cursor): FieldBinding[] {
  cursor.expect("special", "{");
  const fields: FieldBinding[] = [];
  while (!cursor.atSpecial("}")) {
    const start = cursor.current.span.start;
    if (cursor.current.kind !== "varid") cursor.fail("a field name");
    const field = nameOf(cursor.advance());
    cursor.expect("reservedop", "=");
    const value = parseExpression(cursor);
    fields.push({ field, value, span: cursor.spanFrom(start) });
    if (!cursor.accept("special", ",")) break;
  }
  cursor.expect("special", "}", "',' or '}'");
  return fields;
}

/** `e :: T` inside parentheses, where the chain was parsed before seeing `::`. */
function withAnnotation(cursor: Cursor, expression: Expr): Expr {
  if (!cursor.accept("reservedop", "::")) return expression;
  const { context, type } = parseQualifiedType(cursor);
  return { kind: "typed", expression, context, type, span: cursor.spanFrom(expression.span.start) };
}

function special(cursor: Cursor, text: string, start: number): Expr {
  const span = cursor.spanFrom(start);
  return { kind: "con", name: { qualifier: undefined, text, span }, span };
}
