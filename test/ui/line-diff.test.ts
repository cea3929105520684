// The history view's line diff: kept, removed and added lines for small texts, a trailing newline,
// a long text with a few edits, and texts too far apart to search.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineDiff, type DiffLine } from "../../src/ui/line-diff.ts";

/** A diff written as "  kept", "- removed", "+ added". */
const shown = (lines: DiffLine[]) => lines.map(({ kind, text }) => `${kind === "same" ? " " : kind === "removed" ? "-" : "+"} ${text}`);

describe("line diff", () => {
  it("keeps equal texts", () => {
    assert.deepEqual(shown(lineDiff("a\nb", "a\nb")), ["  a", "  b"]);
  });

  it("shows removed, added and changed lines", () => {
    assert.deepEqual(shown(lineDiff("a\nb\nc", "a\nc")), ["  a", "- b", "  c"]);
    assert.deepEqual(shown(lineDiff("a\nc", "a\nb\nc")), ["  a", "+ b", "  c"]);
    assert.deepEqual(shown(lineDiff("a\nb\nc", "a\nx\nc")), ["  a", "- b", "+ x", "  c"]);
  });

  it("shows a trailing newline as an added empty line", () => {
    assert.deepEqual(shown(lineDiff("a\nb", "a\nb\n")), ["  a", "  b", "+ "]);
    assert.deepEqual(shown(lineDiff("a\nb\n", "a\nb")), ["  a", "  b", "- "]);
  });

  it("finds exactly the edited lines of an 8,000-line text", () => {
    const before = Array.from({ length: 8000 }, (_, index) => `line ${index}`);
    const after = before.slice();
    after[100] = "changed 100";
    after.splice(4000, 1);
    after.splice(7000, 0, "inserted");
    const changed = lineDiff(before.join("\n"), after.join("\n")).filter((line) => line.kind !== "same");
    assert.deepEqual(shown(changed), ["- line 100", "+ changed 100", "- line 4000", "+ inserted"]);
  });

  it("shows texts too far apart to search as all removed, then all added", () => {
    const before = Array.from({ length: 2000 }, (_, index) => `old ${index}`);
    const after = Array.from({ length: 2000 }, (_, index) => `new ${index}`);
    const lines = lineDiff(before.join("\n"), after.join("\n"));
    assert.deepEqual(lines.map((line) => line.text), [...before, ...after]);
    assert.deepEqual(lines.map((line) => line.kind), [...before.map(() => "removed"), ...after.map(() => "added")]);
  });
});
