// Every example in docs/library.md (`expression` → `what show prints`) is evaluated in a song
// that imports the section's module (with Midi for the live-sequencer's, Euterpea for HSoM's and
// Refrain.Live);
// the documentation and the library cannot drift apart.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openSongText } from "../language/song-files.ts";

const documentation = readFileSync(join(import.meta.dirname, "../../docs/library.md"), "utf8");

interface Section {
  readonly module: string;
  /** A module of the original live-sequencer: its examples may use `Midi` too. */
  readonly original: boolean;
  readonly examples: { expression: string; expected: string }[];
}

function sections(): Section[] {
  const found: Section[] = [];
  for (const line of documentation.split("\n")) {
    const heading = /^## Module `([\w.]+)`/.exec(line);
    if (heading) found.push({ module: heading[1], original: line.includes("(live-sequencer)"), examples: [] });
    for (const example of line.matchAll(/`([^`]+)` → `([^`]+)`/g)) found.at(-1)?.examples.push({ expression: example[1], expected: example[2] });
  }
  return found.filter((section) => section.examples.length > 0);
}

for (const section of sections()) {
  test(`the examples of ${section.module} (${section.examples.length})`, () => {
    const companion = section.original && section.module !== "Midi" ? ["Midi"] : section.module.startsWith("HSoM.") || section.module === "Refrain.Live" ? ["Euterpea"] : [];
    const modules = [section.module, ...companion].filter((name) => name !== "Prelude");
    const imports = modules.map((name) => `import ${name}\n`).join("");
    const session = openSongText({ "Examples.hs": `module Examples where\n${imports}` }, { requireMain: false });
    for (const { expression, expected } of section.examples) {
      const result = session.evaluate(expression);
      assert.ok("value" in result, `${expression}: ${"error" in result ? result.error : JSON.stringify(result)}`);
      assert.equal(result.value, expected, expression);
    }
  });
}
