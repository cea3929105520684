// Each example song's first 60 elements against its golden trace (test/examples/golden/*.trace),
// produced by `refrain events SONG --limit 60` and checked once by a person (and against GHC).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { openSong } from "../../src/session/index.ts";

const root = join(import.meta.dirname, "../..");
const goldenFolder = join(import.meta.dirname, "golden");

for (const golden of readdirSync(goldenFolder).filter((file) => file.endsWith(".trace")).sort()) {
  const song = join(root, "examples", golden.replace(/\.trace$/, "").replace(/^band-/, "band/") + ".hs");
  test(`${golden.replace(/\.trace$/, "")} plays its golden trace`, () => {
    const expected = readFileSync(join(goldenFolder, golden), "utf8").trimEnd().split("\n");
    const session = openSong(song);
    const actual: string[] = [];
    while (actual.length < expected.length) {
      const step = session.next();
      if (step.kind !== "element") break;
      actual.push(`${step.time}\t${step.trace}`);
    }
    assert.deepEqual(actual, expected);
  });
}
