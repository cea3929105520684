// Parse error tests: broken sources into the first diagnostic, as `line:col: message` pairs.
// The position is that of the offending token; the message says what was expected there.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseExpression, parseModule } from "../../src/parse/index.ts";
import { DiagnosticError, formatDiagnostic, type Source } from "../../src/text/index.ts";
import { source } from "./source.ts";

function firstError(text: string, parse: (input: Source) => unknown = parseModule): string {
  const input = source(text);
  try {
    parse(input);
  } catch (caught) {
    if (!(caught instanceof DiagnosticError)) throw caught;
    assert.equal(caught.diagnostics.length, 1);
    const { span, message } = caught.diagnostics[0];
    const { line, column } = input.position(span.start);
    return `${line}:${column}: ${message}`;
  }
  return assert.fail(`no error for ${JSON.stringify(text)}`);
}

const moduleCases: [string, string][] = [
  ["main = foo )", "1:12: parse error: unexpected ')'"],
  ["main = (foo", "1:12: parse error: unexpected end of input, expected an operator, ',' or ')'"],
  ["main = [1, 2", "1:13: parse error: unexpected end of input, expected ',' or ']'"],
  ["main = foo +\nbar = 1", "2:1: parse error: unexpected new line at the same indentation, expected an expression"],
  ["f x = case x of\n  A ->\n  B -> 2", "3:3: parse error: unexpected new line at the same indentation, expected an expression"],
  ["main = let x = 1 x", "1:19: parse error: unexpected end of input, expected 'in'"],
  ["main = if a then b", "1:19: parse error: unexpected end of input, expected 'else'"],
  ["main = if a else b", "1:13: parse error: unexpected 'else', expected 'then'"],
  ["f x y\ng = 1", "2:1: parse error: unexpected new line at the same indentation, expected '=' or '|'"],
  ["f x | x > 0 -> 1", "1:13: parse error: unexpected '->', expected ',' or '='"],
  ["main = case x of A = 1", "1:20: parse error: unexpected '=', expected '->' or '|'"],
  ["main = do\n  x <- y", "2:3: parse error: the last statement of a 'do' block must be an expression"],
  ["main = do {}", "1:8: parse error: a 'do' block must not be empty"],
  ["x = 1 +* 2 = 3", "1:12: parse error: unexpected '='"],
  ["main = \\ -> x", "1:10: parse error: unexpected '->', expected a pattern"],
  ["main = 3 ` 4", "1:10: parse error: unexpected '`'"],
  ["main = [1 | ]", "1:13: parse error: unexpected ']', expected an expression"],
  ["main = (1 +", "1:12: parse error: unexpected end of input, expected an expression"],
  ["module where", "1:8: parse error: unexpected 'where', expected a module name"],
  ["module M (x where", "1:13: parse error: unexpected 'where', expected ',' or ')'"],
  ["module M", "1:9: parse error: unexpected end of input, expected 'where'"],
  ["import", "1:7: parse error: unexpected end of input, expected a module name"],
  ["import M (1)", "1:11: parse error: unexpected literal 1, expected a name to import"],
  ["import Midi\nmain = 1\nimport List", "3:1: parse error: imports must come before all declarations"],
  ["infixl 10 +", "1:8: parse error: a fixity's precedence must be a digit from 0 to 9"],
  ["infixl 6 x", "1:10: parse error: unexpected 'x', expected an operator"],
  ["x :: Int ->", "1:12: parse error: unexpected end of input, expected a type"],
  ["x :: a b => c", "1:6: parse error: a class constraint such as 'Eq a' must come before '=>'"],
  ["data = 1", "1:6: parse error: unexpected '=', expected a type"],
  ["data T a = a", "1:12: parse error: a data constructor such as 'C' or 'C Integer' is expected here"],
  ["data t = T", "1:6: parse error: a data type name and parameters such as 'T a b' are expected here"],
  ["newtype N = A | B", "1:1: parse error: a newtype must have exactly one constructor with one field"],
  ["data T = T deriving", "1:20: parse error: unexpected end of input, expected a class name"],
  ["type T a", "1:9: parse error: unexpected end of input, expected '='"],
  ["instance a where", "1:10: parse error: an instance head such as 'Show (T a)' is expected here"],
  ["default Integer", "1:9: parse error: unexpected 'Integer', expected '(' and the default types"],
  ["f (x + y) = 1", "1:6: parse error: unexpected '+', expected ',' or ')'"],
  ["f x + g y = 1", "1:1: parse error: 'f' cannot be applied to arguments in a pattern"],
  ["x + y * z = 1", "1:7: parse error: cannot define both '+' and '*' in one equation; add parentheses"],
  ["M.f x = 1", "1:1: parse error: a qualified name cannot be a pattern variable: 'M.f'"],
  ["x M.+ y = 1", "1:3: parse error: a qualified name cannot be defined here: 'M.+'"],
  ["M.x :: Int", "1:1: parse error: a qualified name cannot be defined here: 'M.x'"],
  [") = 1", "1:1: parse error: unexpected ')', expected a declaration"],
  ["f = x where\n  = 1", "2:3: parse error: unexpected '=', expected a declaration"],
  ["main = \"abc", "1:8: lexical error: unterminated string literal"],
  ["main = 1\n{- open", "2:1: lexical error: unterminated {- comment"],
  ["main = r { 1 = 2 }", "1:12: parse error: unexpected literal 1, expected a field name"],
  ["main = let { x = 1 in x", "1:20: parse error: unexpected 'in', expected ';' or '}'"],
  ["main = case x of { A -> 1 ) }", "1:27: parse error: unexpected ')', expected ';' or '}'"],
];

test("parse errors of modules: position and message", () => {
  for (const [text, expected] of moduleCases) assert.equal(firstError(text), expected, text);
});

const expressionCases: [string, string][] = [
  ["f x )", "1:5: parse error: unexpected ')', expected an operator or the end of the expression"],
  ["", "1:1: parse error: unexpected end of input, expected an expression"],
  ["1 +", "1:4: parse error: unexpected end of input, expected an expression"],
  ["case x of", "1:1: parse error: a 'case' needs at least one alternative"],
  ["case x of {}", "1:1: parse error: a 'case' needs at least one alternative"],
  ["[1 ..", "1:6: parse error: unexpected end of input, expected an expression"],
  ["(,", "1:3: parse error: unexpected end of input, expected ',' or ')'"],
  ["_", "1:1: parse error: unexpected '_', expected an expression"],
  ["x :: ", "1:6: parse error: unexpected end of input, expected a type"],
];

test("parse errors of lone expressions", () => {
  for (const [text, expected] of expressionCases) assert.equal(firstError(text, parseExpression), expected, text);
});

test("diagnostics print as file:line:col with the line and a caret", () => {
  const input = source("main =\n  foo x )\n");
  try {
    parseModule(input);
    assert.fail("expected an error");
  } catch (caught) {
    if (!(caught instanceof DiagnosticError)) throw caught;
    assert.equal(
      formatDiagnostic(caught.diagnostics[0], () => input),
      [
        "test.hs:2:9: error: parse error: unexpected ')'",
        "  |",
        "2 |   foo x )",
        "  |         ^",
      ].join("\n"),
    );
  }
});
