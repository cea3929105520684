// Completion's options without a browser: the documented names of the modules a text imports (the
// Prelude unless it opts out) with their type, description and example from docs/library.md, and
// the text's own top-level names.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { libraryDocs } from "../../src/server/library-docs.ts";
import { completionOptions, importedModules, topLevelNames } from "../../src/ui/library-completion.ts";

const docs = libraryDocs(readFileSync(join(import.meta.dirname, "..", "..", "docs", "library.md"), "utf8"));

const song = `module Main where
import Midi
import Pitch

main :: [Event (Channel Message)]
main = channel 0 melody ++ main

melody = note 250 (c 4)
`;

test("a text's imports and own names", () => {
  assert.deepEqual([...importedModules(song)].sort(), ["Midi", "Pitch", "Prelude"]);
  assert.deepEqual([...importedModules("{-# LANGUAGE NoImplicitPrelude #-}\nimport qualified Data.List as L\n")], ["Data.List"]);
  assert.deepEqual([...topLevelNames(song)], ["main", "melody"]);
});

test("the options: the imported modules' documented names with type and description, then the song's names", () => {
  const options = completionOptions(song, docs);
  const note = options.find((option) => option.label === "note");
  assert.deepEqual(note, {
    label: "note",
    type: "function",
    detail: "Time -> Pitch -> [Event Message]",
    info: "key down, wait, key up, velocity 64; the pitch is evaluated first\nnote 500 60 → [Event (On 60 64),Wait 500,Event (Off 60 64)]",
  }, "Midi's note, not Euterpea's");
  assert.ok(options.some((option) => option.label === "map" && option.detail === "(a -> b) -> [a] -> [b]"), "the Prelude's");
  assert.ok(!options.some((option) => option.label === "playBar"), "not imported");
  assert.deepEqual(options.filter((option) => option.type === "variable").map((option) => option.label), ["main", "melody"]);
});
