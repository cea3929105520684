// Pattern parsing tests: source text into `Pattern` trees (shown as S-expressions, see print.ts),
// standalone and in function left-hand sides, case alternatives and lambdas.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseModule, parsePattern, type Pattern } from "../../src/parse/index.ts";
import { module, pattern } from "../../src/parse/print.ts";
import { source } from "./source.ts";

function parsed(text: string): string {
  return pattern(parsePattern(source(text)));
}

function tree(text: string): Pattern {
  return parsePattern(source(text));
}

test("variables, wildcards and literals", () => {
  assert.equal(parsed("x"), "x");
  assert.equal(tree("x").kind, "var");
  assert.equal(parsed("_"), "_");
  assert.equal(parsed("0"), "0");
  assert.equal(parsed("12345678901234567890"), "12345678901234567890");
  assert.equal(parsed("0.5"), "1/2");
  assert.equal(parsed("'a'"), "'a'");
  assert.equal(parsed('"str"'), '"str"');
});

test("negative literals hold the negated value", () => {
  assert.equal(parsed("-1"), "-1");
  assert.equal(parsed("- 2.5"), "-5/2");
  assert.equal(parsed("(-1)"), "(paren -1)");
  const negative = tree("-1");
  assert.equal(negative.kind, "literal");
  if (negative.kind === "literal") assert.deepEqual(negative.literal, { kind: "integer", value: -1n });
  assert.deepEqual([negative.span.start, negative.span.end], [0, 2]);
});

test("constructors applied to patterns at any depth", () => {
  assert.equal(parsed("Nothing"), "Nothing");
  assert.equal(parsed("Just x"), "(Just x)");
  assert.equal(parsed("Event (Channel c (On p v))"), "(Event (paren (Channel c (paren (On p v)))))");
  assert.equal(parsed("M.Just _"), "(M.Just _)");
  assert.equal(parsed("Pair (Just 1) [a]"), "(Pair (paren (Just 1)) (list a))");
});

test("lists, tuples, unit and special constructors", () => {
  assert.equal(parsed("[]"), "[]");
  assert.equal(parsed("[x, y]"), "(list x y)");
  assert.equal(parsed("[[1], []]"), "(list (list 1) [])");
  assert.equal(parsed("(a, b)"), "(tuple a b)");
  assert.equal(parsed("(a, (b, c), _)"), "(tuple a (tuple b c) _)");
  assert.equal(parsed("()"), "()");
  assert.equal(parsed("(,) a b"), "((,) a b)");
  assert.equal(parsed("(:+:) a b"), "(:+: a b)");
  assert.equal(parsed("(x)"), "(paren x)");
});

test("infix constructor patterns stay flat chains", () => {
  assert.equal(parsed("x:xs"), "{x : xs}");
  assert.equal(parsed("x : y : rest"), "{x : y : rest}");
  assert.equal(parsed("a :+: b"), "{a :+: b}");
  assert.equal(parsed("Just a :+: M.Nothing"), "{(Just a) :+: M.Nothing}");
  assert.equal(parsed("x `Cons` xs"), "{x `Cons` xs}");
  assert.equal(parsed("a M.:+: b"), "{a M.:+: b}");
  assert.equal(parsed("-1 : xs"), "{-1 : xs}");
  const chain = tree("x : xs");
  if (chain.kind !== "infix") return assert.fail("a chain");
  assert.equal(chain.items.length, 3);
  const operator = chain.items[1];
  assert.ok(operator.kind === "operator" && operator.constructor && !operator.backticked);
});

test("as, lazy and bang patterns", () => {
  assert.equal(parsed("xs@(x:_)"), "(as xs (paren {x : _}))");
  assert.equal(parsed("all@[a]"), "(as all (list a))");
  assert.equal(parsed("~(a, b)"), "(lazy (tuple a b))");
  assert.equal(parsed("!x"), "(bang x)");
  assert.equal(parsed("Just !x"), "(Just (bang x))");
});

test("record patterns", () => {
  assert.equal(parsed("C { f = x, g = Just y }"), "(record C f=x g=(Just y))");
  assert.equal(parsed("C {}"), "(record C )");
});

test("function left-hand sides: prefix, infix, backticked, operators in parentheses", () => {
  assert.deepEqual(module(parseModule(source([
    "f (x:xs) [a, b] \"s\" 'c' 0.5 _ ~(a, b) xs@(y:_) (M.C z) () [] = 1",
    "(x:xs) +++ ys = x",
    "a `op` b = a",
    "x <+> y = y",
    "(<+>) a b = a",
    "Just a ==> b = b",
    "f !x = x",
    "arr ! i = arr",
    "arr!i = arr",
  ].join("\n")))), [
    "(fun f [(paren {x : xs}) (list a b) \"s\" 'c' 1/2 _ (lazy (tuple a b)) (as xs (paren {y : _})) (paren (M.C z)) () []] = 1)",
    "(infix fun +++ [(paren {x : xs}) ys] = x)",
    "(infix fun op [a b] = a)",
    "(infix fun <+> [x y] = y)",
    "(fun <+> [a b] = a)",
    "(infix fun ==> [(Just a) b] = b)",
    "(fun f [(bang x)] = x)",
    "(infix fun ! [arr i] = arr)",
    "(infix fun ! [arr i] = arr)",
  ]);
});

test("pattern bindings", () => {
  assert.deepEqual(module(parseModule(source("(a, b) = e\nJust x = e\nx : xs = e\n~(p, q) = e\nxs@[_] = e"))), [
    "(bind (tuple a b) = e)",
    "(bind (Just x) = e)",
    "(bind {x : xs} = e)",
    "(bind (lazy (tuple p q)) = e)",
    "(bind (as xs (list _)) = e)",
  ]);
});

test("patterns have spans", () => {
  const text = "Just (x : xs)";
  const parsedPattern = tree(text);
  if (parsedPattern.kind !== "con") return assert.fail("a constructor pattern");
  assert.deepEqual([parsedPattern.span.start, parsedPattern.span.end], [0, text.length]);
  assert.deepEqual([parsedPattern.args[0].span.start, parsedPattern.args[0].span.end], [5, 13]);
});
