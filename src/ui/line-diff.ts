// Two texts -> their difference line by line (longest common subsequence): each line kept,
// removed or added, for the conductor's history view.

export interface DiffLine {
  readonly kind: "same" | "removed" | "added";
  readonly text: string;
}

export function lineDiff(before: string, after: string): DiffLine[] {
  const old = before.split("\n");
  const next = after.split("\n");
  const common: number[][] = Array.from({ length: old.length + 1 }, () => new Array<number>(next.length + 1).fill(0));
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      common[i][j] = old[i] === next[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < next.length) {
    if (i < old.length && j < next.length && old[i] === next[j]) {
      result.push({ kind: "same", text: old[i++] });
      j++;
    } else if (j < next.length && (i === old.length || common[i][j + 1] >= common[i + 1][j])) {
      result.push({ kind: "added", text: next[j++] });
    } else {
      result.push({ kind: "removed", text: old[i++] });
    }
  }
  return result;
}
