// Property: what `show` prints re-parses to the same value (show (read-back) == show), for
// numbers, rationals, characters, strings, lists, tuples, Maybe/Either, records and infix
// constructors, nested at random.

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { decodeStringLiteral } from "./haskell-string.ts";
import { openSongText } from "./song-files.ts";

const song = `module Values where
infixr 5 :+:
data Tree = Leaf | Node Tree Integer Tree | Tree :+: Tree deriving Show
data Point = Point { x :: Integer, y :: Rational } deriving Show
`;

const integer = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((value) => (value < 0n ? `(${value})` : `${value}`));
const rational = fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 999 })).map(([n, d]) => `(${n < 0 ? `(${n})` : n} % ${d})`);
const character = fc.integer({ min: 0, max: 300 }).map((code) => `(toEnum' ${code})`);
const text = fc.string({ maxLength: 8 }).map((value) => JSON.stringify(value).replace(/\\u00([0-9a-f]{2})/g, (_, hex) => `\\${parseInt(hex, 16)}\\&`));

const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(integer, rational, character, text, fc.constantFrom("True", "False", "LT", "()", "Leaf", "Nothing")),
  node: fc.oneof(
    { depthSize: "small" },
    tie("atom"),
    // A list holds values of one type (`show` prints each through that type's instance).
    fc.oneof(...[integer, rational, character, text, fc.constantFrom("True", "False"), tie("tree")]
      .map((element) => fc.array(element, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`))),
    fc.tuple(tie("node"), tie("node")).map(([a, b]) => `(${a}, ${b})`),
    tie("node").map((inner) => `(Just ${inner})`),
    tie("node").map((inner) => `(Left ${inner})`),
    fc.tuple(tie("tree"), tie("tree")).map(([a, b]) => `(${a} :+: ${b})`),
    fc.tuple(integer, rational).map(([a, b]) => `(Point { x = ${a}, y = ${b} })`),
  ),
  tree: fc.oneof({ depthSize: "small" }, fc.constant("Leaf"),
    fc.tuple(tie("tree"), integer, tie("tree")).map(([l, v, r]) => `(Node ${l} ${v} ${r})`),
    fc.tuple(tie("tree"), tie("tree")).map(([a, b]) => `(${a} :+: ${b})`)),
})).node as fc.Arbitrary<string>;

test("show's output parses back to the same value", () => {
  // `Left` and `Nothing` leave a type open: the module (and so each expression evaluated in its
  // scope) defers its type errors, and `show` there prints the value as it is.
  const session = openSongText({ "Values.hs": "{-# OPTIONS_GHC -fdefer-type-errors #-}\n" + song + "toEnum' n = chr n\n" }, { requireMain: false });
  fc.assert(fc.property(value, (expression) => {
    const first = session.evaluate(`show ${expression}`);
    assert.ok("value" in first, `${expression}: ${JSON.stringify(first)}`);
    const shown = decodeStringLiteral(first.value);
    assert.ok(shown !== undefined, first.value);
    const again = session.evaluate(`show (${shown})`);
    assert.ok("value" in again, `${shown}: ${JSON.stringify(again)}`);
    assert.equal(again.value, first.value, `${expression} printed ${shown}`);
  }), { numRuns: 150 });
});
