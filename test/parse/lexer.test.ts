// Lexer tests: source text into tokens — names, qualified names, operators, literals with
// escapes, comments, positions and columns, and lexical errors with their positions.

import { test } from "node:test";
import assert from "node:assert/strict";
import { lex, qualifiedText, type Token } from "../../src/lex/index.ts";
import { DiagnosticError } from "../../src/text/index.ts";
import { literal } from "../../src/parse/print.ts";
import { source } from "./source.ts";

function kinds(text: string): string[] {
  return lex(source(text))
    .filter((token) => token.kind !== "end")
    .map((token) => (token.kind === "literal" ? `literal ${literal(token.literal!)}` : `${token.kind} ${qualifiedText(token)}`));
}

function only(text: string): Token {
  const tokens = lex(source(text));
  assert.equal(tokens.length, 2, `one token in ${JSON.stringify(text)}`);
  return tokens[0];
}

function value(text: string): string {
  return literal(only(text).literal!);
}

function lexError(text: string): string {
  const input = source(text);
  try {
    lex(input);
  } catch (caught) {
    assert.ok(caught instanceof DiagnosticError);
    const { span, message } = caught.diagnostics[0];
    const { line, column } = input.position(span.start);
    return `${line}:${column}: ${message}`;
  }
  return assert.fail(`no error for ${JSON.stringify(text)}`);
}

test("identifiers, constructors, keywords and special identifiers", () => {
  assert.deepEqual(kinds("x x' _x foo_Bar2 Just where of _ qualified as hiding"), [
    "varid x", "varid x'", "varid _x", "varid foo_Bar2", "conid Just", "keyword where", "keyword of",
    "keyword _", "varid qualified", "varid as", "varid hiding",
  ]);
});

test("qualified names keep their qualifier apart from the name", () => {
  assert.deepEqual(kinds("M.x A.B.C A.B.c M.+ M.:+: Prelude.. M.where"), [
    "varid M.x", "conid A.B.C", "varid A.B.c", "varsym M.+", "consym M.:+:",
    "conid Prelude", "reservedop ..", "conid M", "varsym .", "keyword where",
  ]);
  const token = only("Data.List.map");
  assert.equal(token.qualifier, "Data.List");
  assert.equal(token.text, "map");
  assert.equal(only("A.B.C").qualifier, "A.B");
  assert.equal(only("Just").qualifier, undefined);
});

test("operators, reserved operators and specials", () => {
  assert.deepEqual(kinds("+ ++ :+: : :: = => -> <- \\ | @ ~ .. ! . $ >>= -->"), [
    "varsym +", "varsym ++", "consym :+:", "reservedop :", "reservedop ::", "reservedop =",
    "reservedop =>", "reservedop ->", "reservedop <-", "reservedop \\", "reservedop |", "reservedop @",
    "reservedop ~", "reservedop ..", "varsym !", "varsym .", "varsym $", "varsym >>=", "varsym -->",
  ]);
  assert.deepEqual(kinds("( ) , ; [ ] ` { }"), [
    "special (", "special )", "special ,", "special ;", "special [", "special ]", "special `",
    "special {", "special }",
  ]);
  assert.deepEqual(kinds("f.g [1..n] x:xs"), [
    "varid f", "varsym .", "varid g", "special [", "literal 1", "reservedop ..", "varid n", "special ]",
    "varid x", "reservedop :", "varid xs",
  ]);
});

test("integers of any size, hexadecimal and octal", () => {
  assert.equal(value("0"), "0");
  assert.equal(value("123456789012345678901234567890"), "123456789012345678901234567890");
  assert.equal(value("0x1F"), "31");
  assert.equal(value("0XfF"), "255");
  assert.equal(value("0o17"), "15");
  assert.deepEqual(kinds("0x"), ["literal 0", "varid x"]);
});

test("decimals are exact rationals in lowest terms", () => {
  assert.equal(value("0.5"), "1/2");
  assert.equal(value("1e3"), "1000/1");
  assert.equal(value("2.5e-1"), "1/4");
  assert.equal(value("1.25E+2"), "125/1");
  assert.equal(value("0.1"), "1/10");
  assert.equal(value("0.0"), "0/1");
  assert.equal(value("3.14159"), "314159/100000");
  assert.deepEqual(kinds("1.e"), ["literal 1", "varsym .", "varid e"]);
});

test("characters and strings with escapes", () => {
  assert.equal(value(String.raw`'a'`), "'a'");
  assert.deepEqual(only(String.raw`'\n'`).literal, { kind: "char", value: "\n" });
  assert.equal(only(String.raw`'\''`).literal!.kind, "char");
  const string = (text: string) => (only(text).literal as { value: string }).value;
  assert.equal(string(String.raw`"a\n\t\\\"\'b"`), "a\n\t\\\"'b");
  assert.equal(string(String.raw`"\65\x41\o101"`), "AAA");
  assert.equal(string(String.raw`"\^A\^@\^["`), "\u0001\u0000\u001b");
  assert.equal(string(String.raw`"\NUL\SOH\SO\ESC\DEL\SP"`), "\u0000\u0001\u000e\u001b\u007f ");
  assert.equal(string(String.raw`"\SO\&H"`), "\u000eH");
  assert.equal(string(String.raw`"\1234\&5"`), "\u04d25");
  assert.equal(string('"ab\\   \n   \\cd"'), "abcd");
  assert.equal(string(String.raw`"\1114111"`), "\u{10ffff}");
  assert.equal(string('"héllo 🎵"'), "héllo 🎵");
  assert.equal(only("'🎵'").literal!.kind, "char");
});

test("comments: line comments, operators made of dashes, nested block comments", () => {
  assert.deepEqual(kinds("a -- comment\nb --- more\nc"), ["varid a", "varid b", "varid c"]);
  assert.deepEqual(kinds("a --> b --| c"), ["varid a", "varsym -->", "varid b", "varsym --|", "varid c"]);
  assert.deepEqual(kinds("a {- one {- two -} still -} b"), ["varid a", "varid b"]);
  assert.deepEqual(kinds("a {-# PRAGMA #-} b {--} c"), ["varid a", "varid b", "varid c"]);
  assert.deepEqual(kinds("--------\nx"), ["varid x"]);
  assert.deepEqual(kinds("x--"), ["varid x"]);
});

test("tokens carry spans, lines and layout columns (tabs to multiples of 8)", () => {
  const tokens = lex(source("main =\n  note\t500 \"a\\\n  \\b\" x"));
  const [main, equals, note, number, string, x] = tokens;
  assert.deepEqual([main.line, main.column, main.span.start, main.span.end], [1, 1, 0, 4]);
  assert.deepEqual([equals.line, equals.column], [1, 6]);
  assert.deepEqual([note.line, note.column], [2, 3]);
  assert.deepEqual([number.line, number.column], [2, 9]);
  assert.deepEqual([string.line, string.column], [2, 13]);
  assert.deepEqual([x.line, x.column], [3, 7]);
  assert.equal(tokens[tokens.length - 1].kind, "end");
  assert.equal(lex(source("\tx"))[0].column, 9);
  assert.equal(lex(source("  \t x"))[0].column, 10);
});

test("an empty source gives just the end token", () => {
  assert.deepEqual(lex(source("")).map((token) => token.kind), ["end"]);
  assert.deepEqual(lex(source("  -- nothing\n{- here -}\n")).map((token) => token.kind), ["end"]);
});

test("unicode letters and symbols", () => {
  assert.deepEqual(kinds("äbc Ölf x→y"), ["varid äbc", "conid Ölf", "varid x", "varsym →", "varid y"]);
});

test("lexical errors point at the offending text", () => {
  assert.equal(lexError('main = "abc\nx'), "1:8: lexical error: unterminated string literal");
  assert.equal(lexError("x = 'ab'"), "1:5: lexical error: unterminated character literal");
  assert.equal(lexError("x = ''"), "1:5: lexical error: empty character literal");
  assert.equal(lexError("x\n  {- a {- b -}\n"), "2:3: lexical error: unterminated {- comment");
  assert.equal(lexError('x = "\\q"'), "1:6: lexical error: unknown escape '\\q'");
  assert.equal(lexError('x = "\\x110000"'), "1:6: lexical error: numeric escape out of range");
  assert.equal(lexError('x = "\\xZ"'), "1:6: lexical error: numeric escape without digits");
  assert.equal(lexError('x = "a\\  b"'), "1:7: lexical error: string gap must end with '\\'");
  assert.equal(lexError("x = 1e999999999"), "1:5: lexical error: exponent too large");
  assert.equal(lexError("x = \u0001"), "1:5: lexical error: unexpected character U+0001");
  assert.equal(lexError('x = "\\^a"'), "1:6: lexical error: bad control escape (expected \\^@ to \\^_)");
});
