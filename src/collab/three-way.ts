// A three-way merge of module texts by lines (node-diff3): two texts made from one original,
// merged when their changes do not touch the same lines. Used where a submission meets a newer
// version, and by editors that receive a version while holding unapplied typing.

import { merge } from "node-diff3";

/** `mine` and `theirs`, both made from `original`, merged; undefined when they change the same lines. */
export function mergeTexts(mine: string, original: string, theirs: string): string | undefined {
  const lines = (text: string) => text.split("\n");
  const merged = merge(lines(mine), lines(original), lines(theirs));
  return merged.conflict ? undefined : merged.result.join("\n");
}
