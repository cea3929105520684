// The three-way merge by lines: changes to other lines merge; changes to the same lines become a
// place with yours, theirs and the original lines, between the lines that merged.

import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeRegions, mergeTexts } from "../../src/collab/three-way.ts";

const original = "bar n = drums\nhiHats = eighths 8\nsnare = rest 2\nkick = [3, 3, 2]\n";

test("changes to other lines merge, each side's kept", () => {
  const yours = original.replace("eighths 8", "eighths 16");
  const theirs = original.replace("[3, 3, 2]", "[2, 2, 2, 2]");
  const merged = "bar n = drums\nhiHats = eighths 16\nsnare = rest 2\nkick = [2, 2, 2, 2]\n";
  assert.equal(mergeTexts(yours, original, theirs), merged);
  assert.deepEqual(mergeRegions(yours, original, theirs), [{ kind: "merged", lines: merged.split("\n") }]);
});

test("changes to the same line become a place with both sides, between the lines that merged", () => {
  const yours = original.replace("[3, 3, 2]", "[4, 4]");
  const theirs = original.replace("[3, 3, 2]", "[2, 2, 2, 2]").replace("= drums", "= louder drums");
  assert.equal(mergeTexts(yours, original, theirs), undefined);
  assert.deepEqual(mergeRegions(yours, original, theirs), [
    { kind: "merged", lines: ["bar n = louder drums", "hiHats = eighths 8", "snare = rest 2"] },
    { kind: "conflict", yours: ["kick = [4, 4]"], original: ["kick = [3, 3, 2]"], theirs: ["kick = [2, 2, 2, 2]"] },
    { kind: "merged", lines: [""] },
  ]);
});

test("the same change made on both sides is no conflict", () => {
  const both = original.replace("rest 2", "rest 4");
  assert.deepEqual(mergeRegions(both, original, both), [{ kind: "merged", lines: both.split("\n") }]);
});

test("without the original (an empty one), the two texts are one place", () => {
  assert.deepEqual(mergeRegions("a\nyours\n", "", "a\ntheirs\n"), [
    { kind: "conflict", yours: ["a", "yours"], original: [], theirs: ["a", "theirs"] },
    { kind: "merged", lines: [""] },
  ]);
});
