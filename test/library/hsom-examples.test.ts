// Public HSoM code run unchanged against the real Euterpea 2 (2.0.8) under GHC: four of the HSoM
// repository's example files (hsom-examples/HSoM/Examples, commit 75338cb, vendored with their
// License), imported by a song beside them, perform every value of hsom-examples/values.txt with
// the same events as GHC: the count and the SHA-256 of the events as `show` prints them. The golden
// file was computed by GHC with `EUTERPEA2=/path/to/Euterpea2 test/library/hsom-examples/make-golden.sh`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openSong } from "../../src/session/index.ts";

const folder = join(import.meta.dirname, "hsom-examples");
const golden = readFileSync(join(folder, "golden.tsv"), "utf8").trimEnd().split("\n").map((line) => line.split("\t"));
const session = openSong(join(folder, "Performances.hs"), { requireMain: false, stepBudget: 100_000_000 });

for (const [value, count, digest] of golden) {
  test(`perform (${value}) as Euterpea 2 performs HSoM's code`, () => {
    const events = session.evaluate(`notes (perform (${value}))`);
    assert.ok("value" in events, JSON.stringify(events));
    assert.deepEqual(session.evaluate(`length (perform (${value}))`), { value: count });
    assert.equal(createHash("sha256").update(events.value).digest("hex"), digest);
  });
}
