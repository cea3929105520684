// A three-way merge of module texts by lines (node-diff3): two texts made from one original,
// merged where their changes do not touch the same lines. Used where a submission meets a newer
// version, by editors that receive a version while holding unapplied typing, and by the merge
// view, which shows each place where both changed the same lines.

import { diff3Merge } from "node-diff3";

/** A place where both texts changed the same lines: the lines of each, and of the original. */
export interface MergeConflict {
  readonly kind: "conflict";
  readonly yours: readonly string[];
  readonly original: readonly string[];
  readonly theirs: readonly string[];
}

/** A stretch of a merge: lines that merged, or a conflict. */
export type MergeRegion = { readonly kind: "merged"; readonly lines: readonly string[] } | MergeConflict;

const lines = (text: string) => text.split("\n");

/** `yours` and `theirs`, both made from `original`, merged by lines, in order. */
export function mergeRegions(yours: string, original: string, theirs: string): MergeRegion[] {
  return diff3Merge(lines(yours), lines(original), lines(theirs)).map((block): MergeRegion => block.conflict
    ? { kind: "conflict", yours: block.conflict.a, original: block.conflict.o, theirs: block.conflict.b }
    : { kind: "merged", lines: block.ok ?? [] });
}

/** `mine` and `theirs`, both made from `original`, merged; undefined when they change the same lines. */
export function mergeTexts(mine: string, original: string, theirs: string): string | undefined {
  const regions = mergeRegions(mine, original, theirs);
  return regions.every((region) => region.kind === "merged") ? regions.flatMap((region) => region.lines).join("\n") : undefined;
}
