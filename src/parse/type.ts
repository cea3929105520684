// Types and class contexts: tokens into `Type` and `Constraint` nodes (signatures, data fields,
// synonyms, class and instance heads, `e :: T`).

import type { Cursor } from "./cursor.ts";
import type { Constraint, Name, Type } from "./syntax.ts";
import { tupleConstructorText } from "./syntax.ts";

/** `[context =>] type`, as in signatures: `Num a => a -> a`. */
export function parseQualifiedType(cursor: Cursor): { context: Constraint[]; type: Type } {
  const type = parseType(cursor);
  if (!cursor.atOperator("=>")) return { context: [], type };
  const context = toContext(cursor, type);
  cursor.advance();
  return { context, type: parseType(cursor) };
}

/** `btype [-> type]`. */
export function parseType(cursor: Cursor): Type {
  return cursor.nested(() => {
    const start = cursor.current.span.start;
    const argument = parseTypeApplication(cursor);
    if (!cursor.accept("reservedop", "->")) return argument;
    const result = parseType(cursor);
    return { kind: "function", argument, result, span: cursor.spanFrom(start) };
  });
}

/** `atype atype …`: a constructor or variable applied to arguments. */
export function parseTypeApplication(cursor: Cursor): Type {
  const start = cursor.current.span.start;
  const head = parseAtomicType(cursor);
  const args: Type[] = [];
  while (startsAtomicType(cursor)) args.push(parseAtomicType(cursor));
  return args.length === 0 ? head : { kind: "application", function: head, args, span: cursor.spanFrom(start) };
}

export function startsAtomicType(cursor: Cursor): boolean {
  const kind = cursor.current.kind;
  return kind === "varid" || kind === "conid" || cursor.atSpecial("(") || cursor.atSpecial("[");
}

/** `a`, `T`, `M.T`, `()`, `(->)`, `(,)`, `(t)`, `(t1, t2)`, `[t]`, `[]`. */
export function parseAtomicType(cursor: Cursor): Type {
  const token = cursor.current;
  const start = token.span.start;
  if (token.kind === "varid" && token.qualifier === undefined) {
    cursor.advance();
    return { kind: "variable", name: { qualifier: undefined, text: token.text, span: token.span }, span: token.span };
  }
  if (token.kind === "conid") {
    cursor.advance();
    const name: Name = { qualifier: token.qualifier, text: token.text, span: token.span };
    return { kind: "constructor", name, span: token.span };
  }
  if (cursor.accept("special", "[")) {
    if (cursor.accept("special", "]")) return specialConstructor(cursor, "[]", start);
    const element = parseType(cursor);
    cursor.expect("special", "]");
    return { kind: "list", element, span: cursor.spanFrom(start) };
  }
  if (cursor.accept("special", "(")) {
    if (cursor.accept("special", ")")) return specialConstructor(cursor, "()", start);
    if (cursor.accept("reservedop", "->")) {
      cursor.expect("special", ")");
      return specialConstructor(cursor, "->", start);
    }
    if (cursor.atSpecial(",")) {
      let arity = 1;
      while (cursor.accept("special", ",")) arity++;
      cursor.expect("special", ")");
      return specialConstructor(cursor, tupleConstructorText(arity), start);
    }
    const first = parseType(cursor);
    const elements = [first];
    while (cursor.accept("special", ",")) elements.push(parseType(cursor));
    cursor.expect("special", ")", elements.length === 1 ? "')' or ','" : "')'");
    return elements.length === 1 ? first : { kind: "tuple", elements, span: cursor.spanFrom(start) };
  }
  return cursor.fail("a type");
}

/** Reads a parsed type as a class context: `Eq a`, `(Eq a, Show b)`, `()`. */
function toContext(cursor: Cursor, type: Type): Constraint[] {
  if (type.kind === "tuple") return type.elements.map((element) => toConstraint(cursor, element));
  if (type.kind === "constructor" && type.name.text === "()") return [];
  return [toConstraint(cursor, type)];
}

function toConstraint(cursor: Cursor, type: Type): Constraint {
  if (type.kind === "application" && type.function.kind === "constructor") {
    return { className: type.function.name, args: type.args, span: type.span };
  }
  if (type.kind === "constructor") return { className: type.name, args: [], span: type.span };
  return cursor.failAt(type.span, "parse error: a class constraint such as 'Eq a' must come before '=>'");
}

/** Parses `[context =>]` in front of a class, instance or data head. */
export function parseOptionalContext(cursor: Cursor): { context: Constraint[]; head: Type } {
  const head = parseTypeApplication(cursor);
  if (!cursor.accept("reservedop", "=>")) return { context: [], head };
  return { context: toContext(cursor, head), head: parseTypeApplication(cursor) };
}

function specialConstructor(cursor: Cursor, text: string, start: number): Type {
  const span = cursor.spanFrom(start);
  return { kind: "constructor", name: { qualifier: undefined, text, span }, span };
}
