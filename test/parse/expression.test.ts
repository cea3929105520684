// Expression parsing tests: source text into `Expr` trees, shown as S-expressions (see print.ts):
// `{…}` is an unresolved infix chain, `neg` a prefix minus, `(paren e)` parentheses.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseExpression, type Expr } from "../../src/parse/index.ts";
import { expr } from "../../src/parse/print.ts";
import { source } from "./source.ts";

function parsed(text: string): string {
  return expr(parseExpression(source(text)));
}

function tree(text: string): Expr {
  return parseExpression(source(text));
}

test("variables, constructors and literals, qualified or not", () => {
  assert.equal(parsed("x"), "x");
  assert.equal(parsed("M.x"), "M.x");
  assert.equal(parsed("Data.Map.Map"), "Data.Map.Map");
  assert.equal(parsed("42"), "42");
  assert.equal(parsed("0.25"), "1/4");
  assert.equal(parsed("'c'"), "'c'");
  assert.equal(parsed('"text"'), '"text"');
});

test("application is one node with all arguments", () => {
  assert.equal(parsed("f x y"), "(app f x y)");
  assert.equal(parsed("note 500 (c 4)"), "(app note 500 (paren (app c 4)))");
  assert.equal(parsed("Just (f x)"), "(app Just (paren (app f x)))");
});

test("infix chains stay flat and unresolved", () => {
  assert.equal(parsed("a + b * c - d"), "{a + b * c - d}");
  assert.equal(parsed("x : xs ++ ys"), "{x : xs ++ ys}");
  assert.equal(parsed("f x . g $ h y"), "{(app f x) . g $ (app h y)}");
  assert.equal(parsed("a `div` 2 `M.mod` b M.+ c M.:+: d"), "{a `div` 2 `M.mod` b M.+ c M.:+: d}");
  assert.equal(parsed("(a + b) * c"), "{(paren {a + b}) * c}");
});

test("infix operators record backticks, constructors and qualifiers", () => {
  const chain = tree("a `Cons` b :+: c `div` d M.+ e");
  assert.equal(chain.kind, "infix");
  if (chain.kind !== "infix") return;
  const operators = chain.items.flatMap((item) => (item.kind === "operator" ? [item] : []));
  assert.deepEqual(
    operators.map((o) => [o.name.qualifier ?? "", o.name.text, o.backticked, o.constructor]),
    [["", "Cons", true, true], ["", ":+:", false, true], ["", "div", true, false], ["M", "+", false, false]],
  );
  assert.deepEqual([operators[0].span.start, operators[0].span.end], [2, 8]);
});

test("prefix minus is a negation marker in the chain", () => {
  assert.equal(parsed("- x"), "{neg x}");
  assert.equal(parsed("-1"), "{neg 1}");
  assert.equal(parsed("a * - b"), "{a * neg b}");
  assert.equal(parsed("- a + b"), "{neg a + b}");
  assert.equal(parsed("f (-1)"), "(app f (paren {neg 1}))");
  assert.equal(parsed("a - 1"), "{a - 1}");
  assert.equal(parsed("- - x"), "{neg neg x}");
});

test("sections and operators as values", () => {
  assert.equal(parsed("(+ 1)"), "(right + 1)");
  assert.equal(parsed("(1 +)"), "(left 1 +)");
  assert.equal(parsed("(a + b +)"), "(left {a + b} +)");
  assert.equal(parsed("(`div` 2)"), "(right `div` 2)");
  assert.equal(parsed("(x `div`)"), "(left x `div`)");
  assert.equal(parsed("(: [])"), "(right : [])");
  assert.equal(parsed("(M.+ 1)"), "(right M.+ 1)");
  assert.equal(parsed("(- 1)"), "(paren {neg 1})");
  assert.equal(parsed("(subtract 1)"), "(paren (app subtract 1))");
  assert.equal(parsed("(-)"), "-");
  assert.equal(parsed("(+)"), "+");
  assert.equal(parsed("(M.++)"), "M.++");
  assert.equal(parsed("(:+:)"), ":+:");
  assert.equal(parsed("(:)"), ":");
  const plus = tree("(+)");
  assert.equal(plus.kind, "var");
  assert.equal(tree("(:+:)").kind, "con");
  assert.deepEqual([plus.span.start, plus.span.end], [0, 3]);
});

test("unit, tuples and tuple constructors", () => {
  assert.equal(parsed("()"), "()");
  assert.equal(tree("()").kind, "con");
  assert.equal(parsed("(a, b)"), "(tuple a b)");
  assert.equal(parsed("(a, b + 1, c)"), "(tuple a {b + 1} c)");
  assert.equal(parsed("(,)"), "(,)");
  assert.equal(parsed("(,,) a"), "(app (,,) a)");
});

test("lists, ranges and comprehensions", () => {
  assert.equal(parsed("[]"), "[]");
  assert.equal(tree("[]").kind, "con");
  assert.equal(parsed("[1, 2, 3]"), "(list 1 2 3)");
  assert.equal(parsed("[x]"), "(list x)");
  assert.equal(parsed("[1 ..]"), "(range 1 _ _)");
  assert.equal(parsed("[1..10]"), "(range 1 _ 10)");
  assert.equal(parsed("[1, 3 ..]"), "(range 1 3 _)");
  assert.equal(parsed("[1, 3 .. 9]"), "(range 1 3 9)");
  assert.equal(parsed("[x * 2 | x <- xs]"), "(comprehension {x * 2} (<- x xs))");
  assert.equal(
    parsed("[(x, y) | Just x <- xs, x > 0, let y = x + 1, odd y]"),
    "(comprehension (tuple x y) (<- (Just x) xs) {x > 0} (let [(fun y [] = {x + 1})]) (app odd y))",
  );
});

test("lambdas with patterns", () => {
  assert.equal(parsed("\\x -> x"), "(lambda [x] x)");
  assert.equal(parsed("\\x (Just y) _ -> x + y"), "(lambda [x (paren (Just y)) _] {x + y})");
  assert.equal(parsed("f $ \\x -> g x + 1"), "{f $ (lambda [x] {(app g x) + 1})}");
});

test("let, if and case", () => {
  assert.equal(parsed("let x = 1 in x"), "(let [(fun x [] = 1)] x)");
  assert.equal(parsed("let x = 1; y = 2 in x + y"), "(let [(fun x [] = 1) (fun y [] = 2)] {x + y})");
  assert.equal(parsed("let { x = 1 } in x"), "(let [(fun x [] = 1)] x)");
  assert.equal(parsed("let f x = x\n    g = f\nin g 1"), "(let [(fun f [x] = x) (fun g [] = f)] (app g 1))");
  assert.equal(parsed("if a then b else c"), "(if a b c)");
  assert.equal(parsed("if a > 0 then f a else - 1"), "(if {a > 0} (app f a) {neg 1})");
  assert.equal(parsed("case x of\n  Just y -> y\n  Nothing -> 0"), "(case x ((Just y) y) (Nothing 0))");
  assert.equal(parsed("case x of { [] -> 0; (y:_) -> y }"), "(case x ([] 0) ((paren {y : _}) y))");
  assert.equal(
    parsed("case x of\n  y | y > 0 -> 1\n    | otherwise -> 2\n    where z = 1"),
    "(case x (y | {y > 0} = 1 | otherwise = 2 where [(fun z [] = 1)]))",
  );
  assert.equal(parsed("(case x of A -> 1) + 2"), "{(paren (case x (A 1))) + 2}");
  assert.equal(parsed("(case x of A -> 1, 2)"), "(tuple (case x (A 1)) 2)");
});

test("do blocks, with if-then-else on separate lines", () => {
  assert.equal(
    parsed("do\n  x <- a\n  let y = x\n  if y\n  then b\n  else c\n  return x"),
    "(do (<- x a) (let [(fun y [] = x)]) (if y b c) (app return x))",
  );
  assert.equal(parsed("do { a; b }"), "(do a b)");
  assert.equal(parsed("do (a, b) <- f\n   g"), "(do (<- (tuple a b) f) g)");
  assert.equal(parsed("do\n  let x = 1 in f x\n  g"), "(do (let [(fun x [] = 1)] (app f x)) g)");
});

test("type annotations", () => {
  assert.equal(parsed("x :: Integer"), "(typed x Integer)");
  assert.equal(parsed("(f x :: [Event a]) ++ y"), "{(paren (typed (app f x) [(Event a)])) ++ y}");
  assert.equal(parsed("fromInteger 1 :: Num a => a"), "(typed (app fromInteger 1) [Num a] => a)");
});

test("record construction and update", () => {
  assert.equal(parsed("C { f = 1, g = x + 1 }"), "(record C f=1 g={x + 1})");
  assert.equal(parsed("C {}"), "(record C )");
  assert.equal(parsed("r { f = 2 }"), "(update r f=2)");
  assert.equal(parsed("f r { a = 1 }"), "(app f (update r a=1))");
  assert.equal(parsed("(g x) { a = 1 } { b = 2 }"), "(update (update (paren (app g x)) a=1) b=2)");
});

test("a lone expression may span lines at any column", () => {
  assert.equal(parsed("note 500\n(c 4)\n++ rest"), "{(app note 500 (paren (app c 4))) ++ rest}");
});

test("nodes have spans covering their source text", () => {
  const text = "  f (x + 1) [a, b]  ";
  const expression = tree(text);
  assert.equal(text.slice(expression.span.start, expression.span.end), "f (x + 1) [a, b]");
  if (expression.kind !== "app") return assert.fail("an application");
  const [paren, list] = expression.args;
  assert.equal(text.slice(paren.span.start, paren.span.end), "(x + 1)");
  assert.equal(text.slice(list.span.start, list.span.end), "[a, b]");
  const chain = tree("(a * b)");
  if (chain.kind !== "paren") return assert.fail("parentheses");
  assert.deepEqual([chain.inner.span.start, chain.inner.span.end], [1, 6]);
});
