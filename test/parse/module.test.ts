// Module parsing tests: source text into `Module`s — header, export lists, imports, songs in
// the original live-sequencer's semicolon style, and every .hs file the project ships.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { nameText, parseModule, type ExportItem } from "../../src/parse/index.ts";
import { Source } from "../../src/text/index.ts";
import { module } from "../../src/parse/print.ts";
import { source } from "./source.ts";

function items(list: readonly ExportItem[] | undefined): string[] | undefined {
  return list?.map((item) => {
    if (item.kind === "module") return `module ${item.module.text}`;
    if (item.kind === "value") return nameText(item.name);
    const members = item.members === "all" ? "(..)" : item.members ? `(${item.members.map(nameText).join(",")})` : "";
    return `${nameText(item.name)}${members}`;
  });
}

test("a module without header is Main and exports everything", () => {
  const parsed = parseModule(source("main = 1"));
  assert.equal(parsed.name.text, "Main");
  assert.equal(parsed.header, false);
  assert.equal(parsed.exports, undefined);
  assert.deepEqual([parsed.name.span.start, parsed.name.span.end], [0, 0]);
  assert.deepEqual(parseModule(source("")).declarations, []);
});

test("module header with a hierarchical name and an export list", () => {
  const parsed = parseModule(source("module Data.Song (main, (+:+), T, U(..), V(A, b, (:+:)), module Midi, M.x,) where\nmain = 1"));
  assert.equal(parsed.name.text, "Data.Song");
  assert.equal(parsed.header, true);
  assert.deepEqual(items(parsed.exports), ["main", "+:+", "T", "U(..)", "V(A,b,:+:)", "module Midi", "M.x"]);
  assert.deepEqual(items(parseModule(source("module M () where")).exports), []);
});

test("imports: qualified, as, hiding and import lists", () => {
  const parsed = parseModule(source([
    "import Midi",
    "import qualified Data.List as L",
    "import Prelude hiding (map, (++))",
    "import Pitch (c, d, Note(..), Class(C, D))",
    "import Euterpea as E ()",
    "main = 1",
  ].join("\n")));
  const shown = parsed.imports.map((i) =>
    [i.module.text, i.qualified, i.alias?.text ?? "", i.hiding, items(i.items)?.join(" ") ?? "-"].join("|"),
  );
  assert.deepEqual(shown, [
    "Midi|false||false|-",
    "Data.List|true|L|false|-",
    "Prelude|false||true|map ++",
    "Pitch|false||false|c d Note(..) Class(C,D)",
    "Euterpea|false|E|false|",
  ]);
  assert.equal(parsed.declarations.length, 1);
});

test("the song shape of the original live-sequencer: every declaration ends with ';'", () => {
  const song = [
    "module Song where",
    "",
    "import Midi ;",
    "import Pitch ( c, d, e ) ;",
    "",
    "main, voice1 :: [Event (Channel Message)] ;",
    "main = channel 0 (",
    "note 500 (c 4) ++",
    "  main ) ;",
    "",
    "voice1 =",
    "note 250 (e 4) ++",
    "note 250 (d 4) ++",
    "voice1 ;",
    "melody :: [Event Message] ;",
    "melody = concat [",
    "  note qn (c 4),",
    "note qn (d 4) ] ;",
    "merge (Wait a : xs) (Wait b : ys) =",
    "  Wait (min a b) : merge xs ys ;",
    "merge [] ys = ys ;",
  ].join("\n");
  const parsed = parseModule(source(song));
  assert.equal(parsed.name.text, "Song");
  assert.deepEqual(parsed.imports.map((i) => i.module.text), ["Midi", "Pitch"]);
  assert.deepEqual(module(parsed), [
    "(sig main,voice1 [(Event (Channel Message))])",
    "(fun main [] = (app channel 0 (paren {(app note 500 (paren (app c 4))) ++ main})))",
    "(fun voice1 [] = {(app note 250 (paren (app e 4))) ++ (app note 250 (paren (app d 4))) ++ voice1})",
    "(sig melody [(Event Message)])",
    "(fun melody [] = (app concat (list (app note qn (paren (app c 4))) (app note qn (paren (app d 4))))))",
    "(fun merge [(paren {(Wait a) : xs}) (paren {(Wait b) : ys})] = {(app Wait (paren (app min a b))) : (app merge xs ys)})",
    "(fun merge [[] ys] = ys)",
  ]);
});

test("mixed files: declarations with and without ';'", () => {
  assert.deepEqual(module(parseModule(source([
    "import Midi",
    "main = a ++",
    "b ;",
    "f x = x",
    "g = 1 ;",
    "h y = y where",
    "  z = 2 ;",
    "k :: Integer",
    "k = 3",
  ].join("\n")))), [
    "(fun main [] = {a ++ b})",
    "(fun f [x] = x)",
    "(fun g [] = 1)",
    "(fun h [y] = y where [(fun z [] = 2)])",
    "(sig k Integer)",
    "(fun k [] = 3)",
  ]);
});

test("explicit braces around the whole module", () => {
  assert.deepEqual(module(parseModule(source("module M where {\nimport A;\nx = 1;\n  y = 2\n}"))), [
    "(fun x [] = 1)",
    "(fun y [] = 2)",
  ]);
});

test("tabs count to the next multiple of 8 for layout", () => {
  assert.deepEqual(module(parseModule(source("f = x\n\twhere\n\tx = 1\n        y = 2"))), [
    "(fun f [] = x where [(fun x [] = 1) (fun y [] = 2)])",
  ]);
});

test("Windows line endings and a byte order mark", () => {
  assert.deepEqual(module(parseModule(source("\uFEFFmodule M where\r\nf x =\r\n  x\r\n  where y = 1\r\ng = 2\r\n"))), [
    "(fun f [x] = x where [(fun y [] = 1)])",
    "(fun g [] = 2)",
  ]);
});

test("every .hs file in lib/ and examples/ parses", () => {
  const files: string[] = [];
  const collect = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) collect(path);
      else if (entry.name.endsWith(".hs")) files.push(path);
    }
  };
  for (const directory of ["lib", "examples"]) collect(directory);
  for (const file of files) {
    assert.doesNotThrow(() => parseModule(new Source(file, readFileSync(file, "utf8"))), file);
  }
});
