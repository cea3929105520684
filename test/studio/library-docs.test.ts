// The editor's hover notes read docs/library.md: each documented name with its section's modules,
// its type, its description and its example, as the tables give them.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { libraryDocs } from "../../src/server/library-docs.ts";

const docs = libraryDocs(readFileSync(join(import.meta.dirname, "..", "..", "docs", "library.md"), "utf8"));

test("a name documented in two modules has an entry for each", () => {
  assert.deepEqual(docs.note.map((entry) => entry.modules), [["Midi"], ["Euterpea"]]);
  assert.equal(docs.note[0].description, "key down, wait, key up, velocity 64; the pitch is evaluated first");
  assert.equal(docs.note[0].type, "Time -> Pitch -> [Event Message]");
  assert.equal(docs.note[0].example, "note 500 60 → [Event (On 60 64),Wait 500,Event (Off 60 64)]");
});

test("a subsection names the module that defines its functions; operators keep their parentheses; a row without example has none", () => {
  assert.deepEqual(docs.play[0].modules, ["Euterpea", "Euterpea.Play"]);
  assert.equal(docs["(+:+)"][0].description, "one stream after the other (`++`)");
  assert.equal(docs.writeMidi[0].example, undefined);
  assert.ok(docs.playS && docs.playDevS && docs.randomRs, "every name of a row");
});
