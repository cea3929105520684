// Two texts -> their difference line by line, for the conductor's history view: each line kept,
// removed or added, by the `diff` package's Myers diff. Texts more than 1,000 lines apart (where
// the search would take seconds) are shown as all removed, then all added.

import { diffArrays } from "diff";

export interface DiffLine {
  readonly kind: "same" | "removed" | "added";
  readonly text: string;
}

/** The most removed plus added lines searched for (about 0.1 s at worst). */
const maxEditLength = 1000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const old = before.split("\n");
  const next = after.split("\n");
  const changes = diffArrays(old, next, { maxEditLength }) ??
    [{ value: old, removed: true, added: false }, { value: next, removed: false, added: true }];
  return changes.flatMap(({ value, removed, added }) =>
    value.map((text): DiffLine => ({ kind: removed ? "removed" : added ? "added" : "same", text })));
}
