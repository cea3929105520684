// Euterpea's performances against the real Euterpea 2 (2.0.8) under GHC: every expression of
// euterpea-oracle/expressions.txt (`perform`, `perform1`, `perform1Dur`, `applyControls`, `merge`)
// gives the same events, onset, pitch, duration and volume, with the Rationals as (numerator, denominator). The golden file was computed by GHC with
// `EUTERPEA2=/path/to/Euterpea2 test/library/euterpea-oracle/make-golden.sh` (see that script).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openSongText } from "../language/song-files.ts";

const golden = readFileSync(join(import.meta.dirname, "euterpea-oracle", "golden.tsv"), "utf8").trimEnd().split("\n").map((line) => line.split("\t"));

const session = openSongText({
  "Oracle.hs": `module Oracle where
import Euterpea
import Data.Ratio
notes events = [((numerator (eTime e), denominator (eTime e)), ePitch e, (numerator (eDur e), denominator (eDur e)), eVol e) | e <- events]
`,
}, { requireMain: false });

for (const [expression, expected] of golden) {
  test(`${expression} as in Euterpea 2`, () => {
    assert.deepEqual(session.evaluate(`notes (${expression})`), { value: expected });
  });
}
