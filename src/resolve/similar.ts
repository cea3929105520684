// Names that look like a misspelt one, for "did you mean" in messages: within one edit of a short
// name, two of a longer one (insertions, deletions, substitutions and swapped neighbours).

/** The edit distance of `a` and `b` (with transpositions), or `limit + 1` once it is past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The candidates closest to `name` (at most three), nearest first, then alphabetically. */
export function similarNames(name: string, candidates: Iterable<string>): string[] {
  const limit = name.length <= 4 ? 1 : 2;
  const close: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const found = distance(name, candidate, limit);
    if (found <= limit) close.push({ candidate, distance: found });
  }
  close.sort((one, other) => one.distance - other.distance || one.candidate.localeCompare(other.candidate));
  return close.slice(0, 3).map(({ candidate }) => candidate);
}

/** `; did you mean `a` or `b`?` for the names close to `name`, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const similar = similarNames(name, candidates);
  return similar.length === 0 ? "" : `; did you mean ${similar.map((candidate) => `\`${candidate}\``).join(" or ")}?`;
}
