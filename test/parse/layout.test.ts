// Layout tests: token lists into token lists with the implicit `{ ; }` (written `<{` `<;` `<}`
// below) — blocks of where/let/do/of, explicit braces, brackets, and the semicolon style of songs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { layout, lex, qualifiedText } from "../../src/lex/index.ts";
import { source } from "./source.ts";

function laidOut(text: string): string {
  return layout(lex(source(text)))
    .filter((token) => token.kind !== "end")
    .map((token) => (token.kind.startsWith("virtual") ? `<${token.text}` : qualifiedText(token)))
    .join(" ");
}

test("a module without header gets an implicit top-level block", () => {
  assert.equal(laidOut("x = 1\ny = 2"), "<{ x = 1 <; y = 2 <}");
  assert.equal(laidOut(""), "<{ <}");
});

test("the module header's where opens the top-level block", () => {
  assert.equal(laidOut("module M (main) where\nimport A\nmain = 1"), "module M ( main ) where <{ import A <; main = 1 <}");
  assert.equal(laidOut("module M where { x = 1; y = 2 }"), "module M where { x = 1 ; y = 2 }");
});

test("continuation lines are indented; a line at the block's column starts a new item", () => {
  assert.equal(laidOut("f x =\n  x + 1\ng = 2"), "<{ f x = x + 1 <; g = 2 <}");
});

test("where blocks, closed by a line that is indented less", () => {
  assert.equal(
    laidOut("f x = y\n  where\n    y = x\n    z = 1\ng = 2"),
    "<{ f x = y where <{ y = x <; z = 1 <} <; g = 2 <}",
  );
});

test("a where under guards", () => {
  assert.equal(
    laidOut("f x\n  | x > 0 = y\n  | otherwise = 0\n  where y = 1\ng = 2"),
    "<{ f x | x > 0 = y | otherwise = 0 where <{ y = 1 <} <; g = 2 <}",
  );
});

test("let on one line is closed by in", () => {
  assert.equal(laidOut("x = let y = 1 in y"), "<{ x = let <{ y = 1 <} in y <}");
  assert.equal(laidOut("x = let y = 1\n        z = 2\n    in y"), "<{ x = let <{ y = 1 <; z = 2 <} in y <}");
});

test("an in that closed its let by indentation does not close an enclosing let", () => {
  assert.equal(
    laidOut("main = let a = let b = 1\n               in b\n       in a"),
    "<{ main = let <{ a = let <{ b = 1 <} in b <} in a <}",
  );
});

test("case alternatives, and a case inside parentheses closed by ')'", () => {
  assert.equal(
    laidOut("f x = case x of\n  A -> 1\n  B -> 2\ng = 3"),
    "<{ f x = case x of <{ A -> 1 <; B -> 2 <} <; g = 3 <}",
  );
  assert.equal(laidOut("f x = (case x of A -> 1) + 2"), "<{ f x = ( case x of <{ A -> 1 <} ) + 2 <}");
  assert.equal(laidOut("f = [do a, b]"), "<{ f = [ do <{ a , b <} ] <}");
});

test("do blocks nest by indentation", () => {
  assert.equal(
    laidOut("main = do\n  x <- a\n  do\n    b\n    c\n  d"),
    "<{ main = do <{ x <- a <; do <{ b <; c <} <; d <} <}",
  );
});

test("explicit braces switch layout off inside them", () => {
  assert.equal(laidOut("f = case x of { A -> 1;\nB -> 2 }"), "<{ f = case x of { A -> 1 ; B -> 2 } <}");
  assert.equal(laidOut("f = do { a\n; b }"), "<{ f = do { a ; b } <}");
  assert.equal(laidOut("f = r { a = do x }"), "<{ f = r { a = do <{ x <} } <}");
});

test("a block keyword followed by a line indented less gives an empty block", () => {
  assert.equal(laidOut("f = x where\ng = 1"), "<{ f = x where <{ <} <; g = 1 <}");
});

test("lines inside brackets never end a declaration", () => {
  assert.equal(laidOut("main = foo (bar\nbaz) [1,\n2]\nnext = 1"), "<{ main = foo ( bar baz ) [ 1 , 2 ] <; next = 1 <}");
});

test("the end of input closes every implicit block", () => {
  assert.equal(laidOut("f = do\n    x\n  where y = let z = 1"), "<{ f = do <{ x <} where <{ y = let <{ z = 1 <} <} <}");
});

test("semicolon style: continuation lines at any column", () => {
  const song = "module Song where\nimport Midi ;\nmain = channel 0 (\nnote 500 (c 4) ++\n  main ) ;\nmelody :: [Event Message] ;";
  assert.equal(
    laidOut(song),
    "module Song where <{ import Midi ; main = channel 0 ( note 500 ( c 4 ) ++ main ) ; melody :: [ Event Message ] ; <}",
  );
  assert.equal(laidOut("main =\nnote 1 (c 4) ++\nrest 2 ;\nx = 1 ;"), "<{ main = note 1 ( c 4 ) ++ rest 2 ; x = 1 ; <}");
});

test("semicolon style: guards and constructors continue at column 1", () => {
  assert.equal(
    laidOut("f x\n| x > 0 = 1\n| otherwise = 2 ;\ndata T = A\n| B ;"),
    "<{ f x | x > 0 = 1 | otherwise = 2 ; data T = A | B ; <}",
  );
});

test("semicolon style: a declaration without ';' still ends before a line that looks like one", () => {
  assert.equal(
    laidOut("import Midi\nimport List ;\nmain = a ++\nb ;\nf x = x\ng = 1 ;\nh :: T\nk = 2"),
    "<{ import Midi <; import List ; main = a ++ b ; f x = x <; g = 1 ; h :: T <; k = 2 <}",
  );
});

test("semicolon style: nested blocks still use layout", () => {
  assert.equal(
    laidOut("f x = y where\n  y = x\n  z = 1 ;\ng = case 1 of\n  1 -> 2\n  _ -> 3 ;"),
    "<{ f x = y where <{ y = x <; z = 1 ; <} <; g = case 1 of <{ 1 -> 2 <; _ -> 3 ; <} <}",
  );
});

test("semicolons in the middle of lines do not switch on semicolon style", () => {
  assert.equal(laidOut("f = let a = 1; b = 2 in a\ng = 1"), "<{ f = let <{ a = 1 ; b = 2 <} in a <; g = 1 <}");
});

test("virtual tokens have zero width at the token they stand before", () => {
  const tokens = layout(lex(source("x = 1\ny = 2")));
  const semicolon = tokens.find((token) => token.kind === "virtualSemicolon")!;
  assert.deepEqual([semicolon.span.start, semicolon.span.end, semicolon.line, semicolon.column], [6, 6, 2, 1]);
});
