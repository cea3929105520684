// A module's text split at its marker line (the first line starting with `--------`): the header
// above it is fixed by the conductor, the region below is what participants edit and submit.

export interface SplitModule {
  /** Everything up to and including the marker line (empty when the module has no marker). */
  readonly header: string;
  readonly region: string;
}

const markerLine = /^--------.*(?:\r?\n|$)/m;

export function splitModule(text: string): SplitModule {
  const match = markerLine.exec(text);
  if (!match) return { header: "", region: text };
  const end = match.index + match[0].length;
  const header = text.slice(0, end);
  return { header: header.endsWith("\n") ? header : `${header}\n`, region: text.slice(end) };
}

/** The module a participant's region makes: always the current header, never one they sent. */
export function withRegion(current: string, region: string): string {
  return splitModule(current).header + region;
}
