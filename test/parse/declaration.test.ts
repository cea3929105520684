// Declaration parsing tests: source text into signatures, fixities, equations with guards and
// where, data/newtype/type declarations, classes and instances (shown as S-expressions).

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseModule, type Declaration } from "../../src/parse/index.ts";
import { module } from "../../src/parse/print.ts";
import { source } from "./source.ts";

function declarations(...lines: string[]): string[] {
  return module(parseModule(source(lines.join("\n"))));
}

function first(text: string): Declaration {
  return parseModule(source(text)).declarations[0];
}

test("type signatures with several names, operators and contexts", () => {
  assert.deepEqual(declarations(
    "main, voice1 :: [Event (Channel Message)]",
    "qn :: Time",
    "(+), (-) :: Num a => a -> a -> a",
    "f :: (Eq a, Show b) => a -> b -> (a, [b])",
    "g :: (a -> b) -> Maybe a -> M.T ()",
    "(:+:) :: a",
  ), [
    "(sig main,voice1 [(Event (Channel Message))])",
    "(sig qn Time)",
    "(sig +,- [Num a] => (-> a (-> a a)))",
    "(sig f [Eq a Show b] => (-> a (-> b (tuple a [b]))))",
    "(sig g (-> (-> a b) (-> (Maybe a) (M.T ()))))",
    "(sig :+: a)",
  ]);
});

test("type syntax: special constructors written prefix", () => {
  assert.deepEqual(declarations("x :: [] a -> (->) a b -> (,) a b -> ()"), [
    "(sig x (-> ([] a) (-> (-> a b) (-> ((,) a b) ()))))",
  ]);
});

test("fixity declarations for operators and backticked names", () => {
  assert.deepEqual(declarations("infixl 6 +, -", "infixr 5 `op`, :+:, +:+", "infix 4 ==", "infixr ++"), [
    "(fixity left 6 +,-)",
    "(fixity right 5 op,:+:,+:+)",
    "(fixity none 4 ==)",
    "(fixity right 9 ++)",
  ]);
});

test("equations with several clauses stay separate", () => {
  assert.deepEqual(declarations("f 0 = 1", "f n = n * f (n - 1)", "x = 5"), [
    "(fun f [0] = 1)",
    "(fun f [n] = {n * (app f (paren {n - 1}))})",
    "(fun x [] = 5)",
  ]);
});

test("guards, otherwise, pattern guards, let in guards, and where under guards", () => {
  assert.deepEqual(declarations(
    "f x",
    "  | x > 0, Just y <- g x = y",
    "  | let z = x * 2, z < 10 = z",
    "  | otherwise = 0",
    "  where g = h",
    "        h = 1",
  ), [
    "(fun f [x] = | {x > 0}, (<- (Just y) (app g x)) = y | (let [(fun z [] = {x * 2})]), {z < 10} = z | otherwise = 0 where [(fun g [] = h) (fun h [] = 1)])",
  ]);
  assert.deepEqual(declarations("f x | x = 1 | True = 2"), ["(fun f [x] = | x = 1 | True = 2)"]);
});

test("where blocks hold any declarations, nested", () => {
  assert.deepEqual(declarations(
    "f x = g x + y",
    "  where",
    "    g :: Integer -> Integer",
    "    g z = z * k where k = 2",
    "    y = 1",
  ), [
    "(fun f [x] = {(app g x) + y} where [(sig g (-> Integer Integer)) (fun g [z] = {z * k} where [(fun k [] = 2)]) (fun y [] = 1)])",
  ]);
});

test("function clauses record their name, arguments and infix form", () => {
  const clause = first("(x:xs) +++ ys = x");
  assert.equal(clause.kind, "function");
  if (clause.kind !== "function") return;
  assert.equal(clause.name.text, "+++");
  assert.equal(clause.infix, true);
  assert.equal(clause.args.length, 2);
  assert.equal(clause.rhs.kind, "unguarded");
  assert.deepEqual(clause.rhs.where, []);
});

test("data declarations: prefix, infix, strict fields, deriving", () => {
  assert.deepEqual(declarations(
    "data Event a = Wait Time | Say String | Event a deriving (Eq, Show)",
    "data Channel a = Channel Integer a deriving Show",
    "data Music a = Prim a | Music a :+: Music a | Music a :=: Music a",
    "data P = P !Integer !(Maybe Integer) | Integer `Q` Integer",
    "data Void",
    "data (Eq a) => Set a = Set [a] deriving ()",
    "data Op a = (:*:) a a",
  ), [
    "(data Event a = (Wait Time) | (Say String) | (Event a) deriving Eq,Show)",
    "(data Channel a = (Channel Integer a) deriving Show)",
    "(data Music a = (Prim a) | (infix :+: (Music a) (Music a)) | (infix :=: (Music a) (Music a)))",
    "(data P = (P !Integer !(Maybe Integer)) | (infix Q Integer Integer))",
    "(data Void = )",
    "(data Set a = (Set [a]))",
    "(data Op a = (:*: a a))",
  ]);
});

test("data declarations spread over lines with '|' in front", () => {
  assert.deepEqual(declarations(
    "data Message",
    "  = PgmChange Integer",
    "  | Controller Integer Integer",
    "  | On Integer Integer",
    "  deriving Show",
  ), ["(data Message = (PgmChange Integer) | (Controller Integer Integer) | (On Integer Integer) deriving Show)"]);
});

test("record syntax gives one named field per name", () => {
  assert.deepEqual(declarations("data R a = R { f1, f2 :: Integer, f3 :: !(Maybe a), f4 :: a -> a } | S"), [
    "(data R a = (record R f1::Integer f2::Integer f3::!(Maybe a) f4::(-> a a)) | (S))",
  ]);
  const data = first("data R = R { a, b :: Integer }");
  if (data.kind !== "data") return assert.fail("a data declaration");
  const [a, b] = data.constructors[0].fields;
  assert.equal(data.constructors[0].record, true);
  assert.deepEqual([a.name?.text, b.name?.text, a.strict], ["a", "b", false]);
});

test("newtype is a data declaration with one constructor of one field", () => {
  assert.deepEqual(declarations("newtype Wrap a = Wrap a deriving Show", "newtype Get = Get { get :: Integer }"), [
    "(newtype Wrap a = (Wrap a) deriving Show)",
    "(newtype Get = (record Get get::Integer))",
  ]);
});

test("type synonyms", () => {
  assert.deepEqual(declarations("type Time = Integer", "type Pair a = (a, a)", "type F a b = a -> [b]"), [
    "(type Time = Integer)",
    "(type Pair a = (tuple a a))",
    "(type F a b = (-> a [b]))",
  ]);
});

test("classes and instances parse into their own nodes", () => {
  assert.deepEqual(declarations(
    "class (Eq a) => Container f a where",
    "  empty :: f a",
    "  insert :: a -> f a -> f a",
    "  insert _ c = c",
    "  infixr 5 <:",
    "instance Show a => Show (Tree a) where",
    "  show Leaf = \"leaf\"",
    "  show (Node l r) = show l",
    "instance Eq Color",
    "class Empty a",
  ), [
    "(class 1 Container f,a [(sig empty (f a)) (sig insert (-> a (-> (f a) (f a)))) (fun insert [_ c] = c) (fixity right 5 <:)])",
    "(instance 1 Show (Tree a) [(fun show [Leaf] = \"leaf\") (fun show [(paren (Node l r))] = (app show l))])",
    "(instance 0 Eq Color [])",
    "(class 0 Empty a [])",
  ]);
});

test("declarations have spans from their first to their last token", () => {
  const text = "f x = y\n  where y = x -- comment\ng = 1";
  const [f, g] = parseModule(source(text)).declarations;
  assert.equal(text.slice(f.span.start, f.span.end), "f x = y\n  where y = x");
  assert.equal(text.slice(g.span.start, g.span.end), "g = 1");
});
