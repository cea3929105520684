// Robustness tests: hostile and huge inputs into either a syntax tree or one clean diagnostic —
// never a JavaScript stack overflow, another exception, or a hang; and parsing stays fast.

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseExpression, parseModule, parsePattern } from "../../src/parse/index.ts";
import { DiagnosticError, type Source } from "../../src/text/index.ts";
import { source } from "./source.ts";

/** The diagnostic's message, or "ok" when the text parses. */
function outcome(text: string, parse: (input: Source) => unknown = parseExpression): string {
  try {
    parse(source(text));
    return "ok";
  } catch (caught) {
    if (caught instanceof DiagnosticError) return caught.diagnostics[0].message;
    throw caught;
  }
}

const tooDeep = "parse error: expression nested too deeply";

test("deep nesting is reported, not a stack overflow", () => {
  assert.equal(outcome(`${"(".repeat(400)}x${")".repeat(400)}`), "ok");
  assert.equal(outcome(`${"[".repeat(200)}x${"]".repeat(200)}`), "ok");
  assert.equal(outcome(`${"\\x -> ".repeat(400)}x`), "ok");
  assert.equal(outcome(`${"(".repeat(100_000)}x${")".repeat(100_000)}`), tooDeep);
  assert.equal(outcome("[".repeat(100_000)), tooDeep);
  assert.equal(outcome(`${"\\x -> ".repeat(20_000)}x`), tooDeep);
  assert.equal(outcome(`${"let x = 1 in ".repeat(20_000)}x`), tooDeep);
  assert.equal(outcome(`${"if a then b else ".repeat(20_000)}x`), tooDeep);
  assert.equal(outcome(`${"case x of _ -> ".repeat(20_000)}x`), tooDeep);
  assert.equal(outcome(`${"do ".repeat(20_000)}x`), tooDeep);
  assert.equal(outcome(`${"f (".repeat(50_000)}x`), tooDeep);
  assert.equal(outcome(`x :: ${"[".repeat(100_000)}a`), tooDeep);
  assert.equal(outcome(`x :: ${"a -> ".repeat(100_000)}a`), tooDeep);
  assert.equal(outcome(`${"~ ".repeat(100_000)}x`, parsePattern), tooDeep);
  assert.equal(outcome(`${"(".repeat(100_000)}x`, parsePattern), tooDeep);
  const wheres = (depth: number) =>
    ["f = v0", ...Array.from({ length: depth }, (_, level) => `${" ".repeat(2 + 8 * level)}where v${level} = v${level + 1}`)].join("\n");
  assert.equal(outcome(wheres(100), parseModule), "ok");
  assert.equal(outcome(wheres(5000), parseModule), tooDeep);
});

test("long flat constructs are fine: chains, applications, lists, blocks", () => {
  assert.equal(outcome(`x${" + x".repeat(100_000)}`), "ok");
  assert.equal(outcome(`- ${"- ".repeat(100_000)}x`), "ok");
  assert.equal(outcome(`f${" x".repeat(100_000)}`), "ok");
  assert.equal(outcome(`[${"1, ".repeat(100_000)}1]`), "ok");
  assert.equal(outcome(`do\n${"  x <- y\n".repeat(20_000)}  z`), "ok");
  assert.equal(outcome("x = 1\n".repeat(20_000), parseModule), "ok");
});

const fragments = [
  "x", "y", "Just", "M.x", "1", "0.5", "'c'", '"s"', "(", ")", "[", "]", "{", "}", ",", ";", "`", "=", "|",
  "->", "<-", "::", "=>", "\\", "@", "~", "!", "-", "+", ":", ":+:", "..", "_", "let", "in", "where", "do",
  "of", "case", "if", "then", "else", "data", "type", "newtype", "class", "instance", "import", "module",
  "infixl", "deriving", " ", " ", "\n", "\n  ", "\t", "--", "{-", "-}",
];

test("random token soups give a tree or one diagnostic", () => {
  const soup = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(" "));
  fc.assert(
    fc.property(soup, (text) => {
      for (const parse of [parseModule, parseExpression, parsePattern]) outcome(text, parse);
    }),
    { numRuns: 500 },
  );
});

test("random bytes and unicode give a tree or one diagnostic", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
      outcome(text, parseModule);
      outcome(text, parseExpression);
    }),
    { numRuns: 500 },
  );
});

test("a truncated valid program fails cleanly at every cut", () => {
  const program = [
    "module Song (main) where",
    "import Midi ;",
    "data T a = A a | a :+: a | R { f :: !a } deriving (Eq, Show)",
    "main = channel 0 (note 500 (c 4) ++ [x * 2 | x <- [1, 3 .. 9], odd x]) ;",
    "f (x:xs) n | n > 0, Just y <- g x = let z = y in z `div` 2",
    "           | otherwise = case xs of { [] -> (- 1); _ -> (+ 1) n }",
    "  where g = \\v -> do { w <- v; return (w :: Integer) }",
  ].join("\n");
  assert.equal(outcome(program, parseModule), "ok");
  for (let cut = 0; cut < program.length; cut++) outcome(program.slice(0, cut), parseModule);
});

test("a 5,000-line song parses quickly", () => {
  const lines = ["module Song where", "import Midi ;"];
  for (let index = 0; index < 1000; index++) {
    lines.push(
      `voice${index} :: [Event (Channel Message)] ;`,
      `voice${index} = channel ${index % 16} (`,
      "  note qn (c 4) ++ note qn (e 4) +:+ rest qn ++",
      `  voice${index} ) ;`,
      `melody${index} (x:xs) n = note (n * 2) x ++ melody${index} xs (n - 1) ;`,
    );
  }
  const text = lines.join("\n");
  parseModule(source(text));
  const start = performance.now();
  const parsed = parseModule(source(text));
  const elapsed = performance.now() - start;
  assert.equal(parsed.declarations.length, 3000);
  assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);
});
