// Whole modules and the public entry points: source text into a `Module` (header, export list,
// imports, declarations), or into a lone `Expr` or `Pattern`.

import { describeToken } from "../lex/index.ts";
import { DiagnosticError, error, type Source } from "../text/index.ts";
import { Cursor } from "./cursor.ts";
import { parseExpression as parseExpressionAt } from "./expression.ts";
import { atSymbol, nameOf, parseModuleName } from "./names.ts";
import { parsePattern as parsePatternAt } from "./pattern.ts";
import type { Declaration, ExportItem, ImportDeclaration, ImportItem, Module } from "./declarationSyntax.ts";
import type { Expr, ModuleName, Name, Pattern } from "./syntax.ts";
import { parseTopDeclaration } from "./typeDeclaration.ts";

/** Parses a module; throws a DiagnosticError at the first lexical or parse error. */
export function parseModule(source: Source): Module {
  return guarded(source, { module: true }, (cursor) => {
    let name: ModuleName = { text: "Main", span: source.span(0, 0) };
    let exports: ExportItem[] | undefined;
    const header = cursor.accept("keyword", "module") !== undefined;
    if (header) {
      name = parseModuleName(cursor);
      if (cursor.atSpecial("(")) exports = parseItems(cursor, true);
      cursor.expect("keyword", "where", "'where'");
    }
    const imports: ImportDeclaration[] = [];
    const declarations: Declaration[] = [];
    cursor.block(() => {
      if (!cursor.atKeyword("import")) declarations.push(parseTopDeclaration(cursor));
      else if (declarations.length === 0) imports.push(parseImport(cursor));
      else cursor.failAt(cursor.current.span, "parse error: imports must come before all declarations");
    }, "declarations");
    if (cursor.current.kind !== "end") {
      cursor.failAt(cursor.current.span, `parse error: unexpected ${describeToken(cursor.current)}`);
    }
    const implicitPrelude = !/^\{-#\s*LANGUAGE\b[^#]*\bNoImplicitPrelude\b[^#]*#-\}/m.test(source.text);
    return { name, header, implicitPrelude, exports, imports, declarations, span: source.span(0, source.text.length) };
  });
}

/** Parses a lone expression (`refrain eval`, playing a term in the studio). */
export function parseExpression(source: Source): Expr {
  return guarded(source, { module: false }, (cursor) => {
    const expression = parseExpressionAt(cursor);
    if (cursor.current.kind !== "end") cursor.fail("an operator or the end of the expression");
    return expression;
  });
}

/** Parses a lone pattern. */
export function parsePattern(source: Source): Pattern {
  return guarded(source, { module: false }, (cursor) => {
    const pattern = parsePatternAt(cursor);
    if (cursor.current.kind !== "end") cursor.fail("the end of the pattern");
    return pattern;
  });
}

/** Runs a parser; a JavaScript stack overflow that slips past the depth guard becomes a diagnostic. */
function guarded<T>(source: Source, options: { module: boolean }, parse: (cursor: Cursor) => T): T {
  const cursor = new Cursor(source, options);
  try {
    return parse(cursor);
  } catch (caught) {
    if (!(caught instanceof RangeError)) throw caught;
    throw new DiagnosticError([error(cursor.current.span, "parse error: expression nested too deeply")]);
  }
}

/** `import qualified A.B as C hiding (x, T(..))`. */
function parseImport(cursor: Cursor): ImportDeclaration {
  const start = cursor.advance().span.start;
  const qualified = cursor.accept("varid", "qualified") !== undefined;
  const module = parseModuleName(cursor);
  const alias = cursor.accept("varid", "as") ? parseModuleName(cursor) : undefined;
  const hiding = cursor.accept("varid", "hiding") !== undefined;
  const items = hiding || cursor.atSpecial("(") ? (parseItems(cursor, false) as ImportItem[]) : undefined;
  return { module, qualified, alias, hiding, items, span: cursor.spanFrom(start) };
}

/** `(x, (+), T, T(..), T(A, b), module M)`; `module M` only in export lists. */
function parseItems(cursor: Cursor, exporting: boolean): ExportItem[] {
  cursor.expect("special", "(");
  const items: ExportItem[] = [];
  while (!cursor.atSpecial(")")) {
    const start = cursor.current.span.start;
    const token = cursor.current;
    if (exporting && cursor.accept("keyword", "module")) {
      items.push({ kind: "module", module: parseModuleName(cursor), span: cursor.spanFrom(start) });
    } else if (token.kind === "varid" || cursor.atSpecial("(")) {
      const name = parseItemName(cursor, exporting);
      items.push({ kind: "value", name, span: name.span });
    } else if (token.kind === "conid") {
      if (!exporting && token.qualifier !== undefined) cursor.fail("an unqualified name");
      const name = nameOf(cursor.advance());
      const members = cursor.atSpecial("(") ? parseMembers(cursor) : undefined;
      items.push({ kind: "type", name, members, span: cursor.spanFrom(start) });
    } else {
      cursor.fail(exporting ? "a name to export" : "a name to import");
    }
    if (!cursor.accept("special", ",")) break;
  }
  cursor.expect("special", ")", "',' or ')'");
  return items;
}

/** `x` or `(+)` in an import or export list. */
function parseItemName(cursor: Cursor, qualifiedAllowed: boolean): Name {
  const start = cursor.current.span.start;
  const parenthesized = cursor.accept("special", "(") !== undefined;
  if (parenthesized && !atSymbol(cursor)) cursor.fail("an operator");
  const token = cursor.advance();
  if (!qualifiedAllowed && token.qualifier !== undefined) cursor.failAt(token.span, "parse error: an imported name must not be qualified");
  if (parenthesized) cursor.expect("special", ")");
  return { ...nameOf(token), span: cursor.spanFrom(start) };
}

/** `(..)` or `(A, b, (:+:))` after a type or class name. */
function parseMembers(cursor: Cursor): "all" | Name[] {
  cursor.expect("special", "(");
  if (cursor.accept("reservedop", "..")) {
    cursor.expect("special", ")");
    return "all";
  }
  const members: Name[] = [];
  while (!cursor.atSpecial(")")) {
    if (cursor.current.kind === "conid") members.push(nameOf(cursor.advance()));
    else if (cursor.current.kind === "varid" || cursor.atSpecial("(")) members.push(parseItemName(cursor, false));
    else cursor.fail("a constructor, a field or '..'");
    if (!cursor.accept("special", ",")) break;
  }
  cursor.expect("special", ")", "',' or ')'");
  return members;
}
