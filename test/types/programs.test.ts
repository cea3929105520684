// Whole programs through parse, resolve and the type checker: accepted ones with their inferred
// types, rejected ones with their messages at line:col, the evidence recorded for overloaded uses,
// and the comparison of a name's schemes across two versions of a module.

import { test } from "node:test";
import assert from "node:assert/strict";
import { GlobalCell } from "../../src/core/term.ts";
import { checkModule, isAtLeastAsGeneral, printType } from "../../src/types/index.ts";
import { checkSong } from "./program.ts";

function lines(...text: string[]): string {
  return ["module Main where", ...text].join("\n");
}

test("inferred types: let-polymorphism, mutual recursion, classes, the monomorphism restriction, defaulting", () => {
  const song = checkSong(lines(
    "twice f x = f (f x)",
    "compose = (.)",
    "sumSquares xs = sum [x * x | x <- xs]",
    "pairUp x y = (x, y)",
    "countdown n = [n, n - 1 .. 0]",
    "isEven 0 = True",
    "isEven n = isOdd (n - 1)",
    "isOdd 0 = False",
    "isOdd n = isEven (n - 1)",
    "data Shape = Circle Double | Rect Double Double deriving (Show, Eq)",
    "area (Circle r) = 3.14 * r * r",
    "area (Rect w h) = w * h",
    "three = 3",
    "plus = (+)",
    "describe s = show s ++ \"!\"",
    "lengths = map length",
    "identities = let i x = x in (i 1, i 'c')",
    "maximumBy f xs = foldr1 (\\a b -> if f a >= f b then a else b) xs",
    "main = [area (Circle three)]",
  ));
  assert.deepEqual(song.compileErrors, []);
  assert.deepEqual(song.messages, []);
  assert.deepEqual(song.schemes, [
    "twice :: (a -> a) -> a -> a",
    "compose :: (a -> b) -> (c -> a) -> c -> b",
    "sumSquares :: Num a => [a] -> a",
    "pairUp :: a -> b -> (a, b)",
    "countdown :: (Num a, Enum a) => a -> [a]",
    "isEven :: (Eq a, Num a) => a -> Bool",
    "isOdd :: (Eq a, Num a) => a -> Bool",
    "area :: Shape -> Double",
    "three :: Double",
    "plus :: Integer -> Integer -> Integer",
    "describe :: Show a => a -> [Char]",
    "lengths :: [[a]] -> [Int]",
    "identities :: (Integer, Char)",
    "maximumBy :: Ord b => (a -> b) -> [a] -> a",
    "main :: [Double]",
  ]);
});

test("signatures: polymorphic recursion, synonyms kept as written, a signature less general than inferred", () => {
  const song = checkSong(lines(
    "data Nested a = Flat a | Nest (Nested [a])",
    "depth :: Nested a -> Integer",
    "depth (Flat _) = 0",
    "depth (Nest n) = 1 + depth n",
    "type Dur = Rational",
    "half :: Dur",
    "half = 1 / 2",
    "twice :: Dur -> Dur",
    "twice d = d + d",
    "greeting :: String",
    "greeting = \"hi\"",
    "ints :: [Integer] -> [Integer]",
    "ints = map id",
  ));
  assert.deepEqual(song.messages, []);
  assert.deepEqual(song.schemes, [
    "depth :: Nested a -> Integer",
    "half :: Dur",
    "twice :: Dur -> Dur",
    "greeting :: String",
    "ints :: [Integer] -> [Integer]",
  ]);
});

test("classes declared in the program: superclasses, defaults, instances with contexts", () => {
  const song = checkSong(lines(
    "class Show a => Pretty a where",
    "  pretty :: a -> String",
    "  pretty x = \"<\" ++ show x ++ \">\"",
    "data Step = Up | Down deriving (Show, Eq)",
    "instance Pretty Step",
    "instance Pretty a => Pretty [a] where",
    "  pretty xs = concatMap pretty xs",
    "shown = pretty [Up, Down]",
    "prettyAll xs = map pretty xs",
  ));
  assert.deepEqual(song.messages, []);
  assert.deepEqual(song.schemes.slice(-2), ["shown :: String", "prettyAll :: Pretty a => [a] -> [String]"]);
});

test("rejected programs: messages at the position GHC gives", () => {
  const cases: [string[], string[]][] = [
    [["note :: Integer -> Integer -> [Integer]", "note dur pitch = [pitch, dur]", "tune :: [Integer]", "tune = note (500, 60)"], [
      "5:8: The body of `tune` has type `Integer -> [Integer]`, but `tune` is declared as `[Integer]`.\nIt is a function (it still needs an argument). Is an argument missing?",
      "5:13: The first argument of `note` has type `(Integer, Integer)`, but `note` needs `Integer`.\nTo give a function two arguments, write them one after the other, `f a b`, not as a tuple `f (a, b)`.",
    ]],
    [["shout :: [a] -> [a]", "shout s = s ++ \"!\""], [
      "3:16: The signature `shout :: [a] -> [a]` is too general: it promises any type `a`, but the definition needs `Char` there. Make the signature more specific, or the definition more general.",
    ]],
    [["f :: a -> a", "f x = x + 1"], [
      "3:9: The signature of `f` does not promise `Num a` (needed by `+`). Add it to the signature's context, e.g. `f :: Num a => a -> a`.",
    ]],
    [["main = show (\\x -> x)"], ["2:8: There is no instance `Show (a -> a)` (needed by `show`): a function cannot be shown. Is an argument missing?"]],
    [["pitches = [60, \"62\"]"], [
      "2:12: The number 60 is used where a value of type `String` is needed, and `String` is not a number type (no instance `Num String`).",
    ]],
    [["g x = x x"], ["2:9: `x` would need an infinite type: `a -> b` would have to equal `a`. Is an argument missing, or a function applied to itself?"]],
    [["v :: Maybe", "v = Nothing"], ["2:6: `Maybe` needs more type arguments (its kind is * -> *, but a type is expected here)."]],
    [["x = show []"], ["2:5: The type of `show` is ambiguous: it needs `Show a`, but nothing says which type that is. Add a type annotation, e.g. `(… :: Integer)`."]],
    [["data Colour = Red | Green", "same = Red == Green"], [
      "3:12: There is no instance `Eq Colour` (needed by `==`). Add `deriving (Eq)` to the declaration of `Colour`, or write an instance.",
    ]],
    [["n :: Integer", "n = 1", "bad = n + 'x'"], ["4:11: The second argument of `+`, the character 'x', has type `Char`, but `+` needs `Integer`."]],
  ];
  for (const [text, messages] of cases) {
    const song = checkSong(lines(...text));
    assert.deepEqual(song.compileErrors, [], text.join("\n"));
    assert.deepEqual(song.messages, messages, text.join("\n"));
  }
});

test("evidence: overloaded uses get an instance after defaulting, or the binding's dictionary", () => {
  const song = checkSong(lines("described = show 42", "describe s = show s"));
  const { occurrences, scopes } = song.main.evidence;
  const evidence = [...occurrences.values()].flatMap((occurrence) => occurrence.constraints.map((constraint) => ({ occurrence, constraint })));
  const forms = evidence.map(({ constraint }) => `${constraint.predicate.className} ${printType(constraint.predicate.type)} by ${constraint.evidence?.form}`);
  assert.deepEqual(forms, ["Show Integer by instance", "Num Integer by instance", "Show a by parameter"]);
  const parameter = evidence[2].constraint.evidence;
  assert.equal(parameter?.form === "parameter" && [...scopes.values()].includes(parameter.scope), true);
});

test("a re-check of an edited module uses the imports' environment and compares schemes", () => {
  const before = checkSong(lines("scale :: Integer -> Integer", "scale x = x * 2"));
  const after = checkSong(lines("scale x = x * 2"));
  const cell = (song: typeof before) => [...song.main.types.binders.keys()].find((binder) => binder instanceof GlobalCell && binder.name === "scale")!;
  const older = before.main.types.binders.get(cell(before))!;
  const newer = after.main.types.binders.get(cell(after))!;
  assert.equal(isAtLeastAsGeneral(newer, older, after.main.environment), true);
  assert.equal(isAtLeastAsGeneral(older, newer, after.main.environment), false);
  const again = checkModule(after.resolved.get("Main")!, after.imports);
  assert.deepEqual(again.diagnostics, []);
});

test("a default declaration chooses the types ambiguous numbers take; an empty one leaves them ambiguous", () => {
  const rational = checkSong("module Song where\ndefault (Rational)\nthird = show (1 / 3)\nsum' = show (1 + 2)\n");
  assert.deepEqual(rational.messages, []);
  assert.deepEqual(rational.compileErrors, []);
  const none = checkSong("module Song where\ndefault ()\ntotal = show (1 + 2)\n");
  assert.match(none.messages[0], /^3:9: The type of `show` is ambiguous: it needs `Show a`, `Num a`/);
  const twice = checkSong("module Song where\ndefault (Integer)\ndefault (Double)\nx = 1\n");
  assert.match(twice.compileErrors[0], /Song\.hs:3:1: a module has at most one `default` declaration/);
});
