// The GHC-judged corpus (test/types/ghc, see its README): every `Ok` module type-checks, and
// every `Bad` one gives its first error where GHC 9.0.2 gives it (line:col), save the divergences
// listed below with their reasons.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkSong } from "./program.ts";

const folder = join(import.meta.dirname, "ghc");

const divergences: Record<string, string> = {
  "BadOccursCheck.hs": "GHC reports an infinite type at the binding; Refrain at the use that makes it",
  "BadPolyRecursionNoSig.hs": "GHC reports an infinite type at the binding; Refrain at the use that makes it",
  "ClassBadTypeSynonymInstance.hs": "Refrain allows any instance head without overlap (FlexibleInstances, TypeSynonymInstances)",
};

/** GHC's verdict per file: `ok`, or the first error's `line:col`. */
const expected = new Map(readFileSync(join(folder, "expected.txt"), "utf8").trim().split("\n").map((line) => {
  const [, file, verdict] = /^(\S+?\.hs):\s*(.*)$/.exec(line)!;
  return [file, verdict === "ok" ? "ok" : /^(\d+:\d+)/.exec(verdict)![1]];
}));

for (const file of readdirSync(folder).filter((name) => name.endsWith(".hs")).sort()) {
  test(file, { todo: divergences[file] }, () => {
    const song = checkSong(readFileSync(join(folder, file), "utf8"));
    const first = song.compileErrors[0]?.replace(/^[^:]*:/, "") ?? song.messages[0];
    const position = first === undefined ? "ok" : /^(\d+:\d+)/.exec(first)![1];
    assert.equal(position, expected.get(file), first);
  });
}
