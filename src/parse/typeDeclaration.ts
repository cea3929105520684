// Top-level declarations about types: tokens into `data`/`newtype` declarations (prefix, infix
// and record constructors, strictness, deriving), `type` synonyms, classes, instances and defaults.

import type { Cursor } from "./cursor.ts";
import { parseDeclaration } from "./declaration.ts";
import { nameOf, parseInfixOperator } from "./names.ts";
import { atConstructorOperator } from "./pattern.ts";
import type { ConstructorDeclaration, ConstructorField, Declaration } from "./declarationSyntax.ts";
import type { Name, Type } from "./syntax.ts";
import { parseAtomicType, parseOptionalContext, parseType, parseTypeApplication, startsAtomicType } from "./type.ts";

/** A top-level declaration: the type declarations here, or a value declaration. */
export function parseTopDeclaration(cursor: Cursor): Declaration {
  if (cursor.atKeyword("data") || cursor.atKeyword("newtype")) return parseData(cursor);
  if (cursor.atKeyword("type")) return parseTypeSynonym(cursor);
  if (cursor.atKeyword("class")) return parseClass(cursor);
  if (cursor.atKeyword("instance")) return parseInstance(cursor);
  if (cursor.atKeyword("default")) return parseDefault(cursor);
  return parseDeclaration(cursor);
}

/** `default (t1, …, tn)`: parsed as one atomic type, a tuple of the types, `()` for none, or one type. */
function parseDefault(cursor: Cursor): Declaration {
  const start = cursor.advance().span.start;
  if (!cursor.atSpecial("(")) cursor.fail("'(' and the default types");
  const written = parseAtomicType(cursor);
  const none = written.kind === "constructor" && written.name.text === "()";
  const types = written.kind === "tuple" ? written.elements : none ? [] : [written];
  return { kind: "default", types, span: cursor.spanFrom(start) };
}

function parseData(cursor: Cursor): Declaration {
  const keyword = cursor.advance();
  const start = keyword.span.start;
  const { context, head } = parseOptionalContext(cursor);
  const { name, parameters } = typeHead(cursor, head, "data type");
  const constructors: ConstructorDeclaration[] = [];
  if (cursor.accept("reservedop", "=")) {
    do constructors.push(parseConstructor(cursor));
    while (cursor.accept("reservedop", "|"));
  }
  const deriving = parseDeriving(cursor);
  const newtype = keyword.text === "newtype";
  if (newtype && (constructors.length !== 1 || constructors[0].fields.length !== 1)) {
    cursor.failAt(cursor.spanFrom(start), "parse error: a newtype must have exactly one constructor with one field");
  }
  return { kind: "data", newtype, context, name, parameters, constructors, deriving, span: cursor.spanFrom(start) };
}

/** `C t1 !t2`, `t1 :+: t2`, `` t1 `C` t2 ``, `(:+:) t1 t2` or `C { f, g :: T, h :: !U }`. */
function parseConstructor(cursor: Cursor): ConstructorDeclaration {
  const start = cursor.current.span.start;
  if (cursor.current.kind === "conid" && cursor.following()?.text === "{") {
    const name = nameOf(cursor.advance());
    return { name, infix: false, record: true, fields: parseRecordFields(cursor), span: cursor.spanFrom(start) };
  }
  if (cursor.atSpecial("(") && cursor.following()?.kind === "consym" && cursor.following(2)?.text === ")") {
    cursor.advance();
    const symbol = nameOf(cursor.advance());
    cursor.advance();
    const name = { ...symbol, span: cursor.spanFrom(start) };
    return { name, infix: false, record: false, fields: parseFieldTypes(cursor), span: cursor.spanFrom(start) };
  }
  const left = parseFieldTypes(cursor);
  if (atConstructorOperator(cursor)) {
    const operator = parseInfixOperator(cursor)!;
    const fields = [combine(cursor, left), combine(cursor, parseFieldTypes(cursor))];
    return { name: operator.name, infix: true, record: false, fields, span: cursor.spanFrom(start) };
  }
  const [head, ...fields] = left;
  if (head === undefined) return cursor.fail("a constructor");
  if (head.strict || head.type.kind !== "constructor" || head.type.name.qualifier !== undefined) {
    return cursor.failAt(head.span, "parse error: a data constructor such as 'C' or 'C Integer' is expected here");
  }
  return { name: head.type.name, infix: false, record: false, fields, span: cursor.spanFrom(start) };
}

/** Atomic field types, each maybe marked strict with `!`. */
function parseFieldTypes(cursor: Cursor): ConstructorField[] {
  const fields: ConstructorField[] = [];
  while (startsAtomicType(cursor) || cursor.at("varsym", "!")) {
    const start = cursor.current.span.start;
    const strict = cursor.accept("varsym", "!") !== undefined;
    const type = parseAtomicType(cursor);
    fields.push({ name: undefined, type, strict, span: cursor.spanFrom(start) });
  }
  return fields;
}

/** One side of an infix constructor: `Maybe a` in `Maybe a :+: b` is one field. */
function combine(cursor: Cursor, fields: ConstructorField[]): ConstructorField {
  const [head, ...args] = fields;
  if (head === undefined) return cursor.fail("a type");
  if (args.length === 0) return head;
  const strict = args.find((field) => field.strict);
  if (head.strict || strict) cursor.failAt((strict ?? head).span, "parse error: '!' must stand before a whole field");
  const span = cursor.source.span(head.span.start, args[args.length - 1].span.end);
  const type: Type = { kind: "application", function: head.type, args: args.map((field) => field.type), span };
  return { name: undefined, type, strict: false, span };
}

/** `{ f, g :: T, h :: !U }`: one field per name. */
function parseRecordFields(cursor: Cursor): ConstructorField[] {
  cursor.expect("special", "{");
  const fields: ConstructorField[] = [];
  while (!cursor.atSpecial("}")) {
    const names: Name[] = [];
    do {
      if (cursor.current.kind !== "varid" || cursor.current.qualifier !== undefined) cursor.fail("a field name");
      names.push(nameOf(cursor.advance()));
    } while (cursor.accept("special", ","));
    cursor.expect("reservedop", "::", "',' or '::'");
    const typeStart = cursor.current.span.start;
    const strict = cursor.accept("varsym", "!") !== undefined;
    const type = strict ? parseAtomicType(cursor) : parseType(cursor);
    for (const name of names) fields.push({ name, type, strict, span: cursor.spanFrom(typeStart) });
    if (!cursor.accept("special", ",")) break;
  }
  cursor.expect("special", "}", "',' or '}'");
  return fields;
}

/** `deriving Show` or `deriving (Eq, Show)`; nothing when absent. */
function parseDeriving(cursor: Cursor): Name[] {
  if (!cursor.accept("keyword", "deriving")) return [];
  const parenthesized = cursor.accept("special", "(") !== undefined;
  const classes: Name[] = [];
  while (cursor.current.kind === "conid") {
    classes.push(nameOf(cursor.advance()));
    if (!parenthesized || !cursor.accept("special", ",")) break;
  }
  if (parenthesized) cursor.expect("special", ")", classes.length === 0 ? "a class name or ')'" : "',' or ')'");
  else if (classes.length === 0) cursor.fail("a class name");
  return classes;
}

function parseTypeSynonym(cursor: Cursor): Declaration {
  const start = cursor.advance().span.start;
  const { name, parameters } = typeHead(cursor, parseTypeApplication(cursor), "type synonym");
  cursor.expect("reservedop", "=");
  const type = parseType(cursor);
  return { kind: "typeSynonym", name, parameters, type, span: cursor.spanFrom(start) };
}

function parseClass(cursor: Cursor): Declaration {
  const start = cursor.advance().span.start;
  const { context, head } = parseOptionalContext(cursor);
  const { name, parameters } = typeHead(cursor, head, "class");
  const declarations = parseBody(cursor);
  return { kind: "class", context, name, parameters, declarations, span: cursor.spanFrom(start) };
}

function parseInstance(cursor: Cursor): Declaration {
  const start = cursor.advance().span.start;
  const { context, head } = parseOptionalContext(cursor);
  const classType = head.kind === "application" ? head.function : head;
  if (classType.kind !== "constructor") {
    return cursor.failAt(head.span, "parse error: an instance head such as 'Show (T a)' is expected here");
  }
  const types = head.kind === "application" ? head.args : [];
  const declarations = parseBody(cursor);
  return { kind: "instance", context, className: classType.name, types, declarations, span: cursor.spanFrom(start) };
}

function parseBody(cursor: Cursor): Declaration[] {
  if (!cursor.accept("keyword", "where")) return [];
  return cursor.block(() => parseDeclaration(cursor), "declarations");
}

/** `T a b` as written after `data`, `type` or `class`: a constructor applied to variables. */
function typeHead(cursor: Cursor, head: Type, what: string): { name: Name; parameters: Name[] } {
  const nameType = head.kind === "application" ? head.function : head;
  const parameters = (head.kind === "application" ? head.args : []).flatMap((arg) => (arg.kind === "variable" ? [arg.name] : []));
  const arity = head.kind === "application" ? head.args.length : 0;
  if (nameType.kind !== "constructor" || nameType.name.qualifier !== undefined || parameters.length !== arity) {
    return cursor.failAt(head.span, `parse error: a ${what} name and parameters such as 'T a b' are expected here`);
  }
  return { name: nameType.name, parameters };
}
