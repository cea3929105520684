// Where a value comes from in the song's text: a constructed value (a Euterpea note, its event,
// the MIDI element played for it) may carry the place of the song's call that made it. The
// desugarer wraps a song's calls of Euterpea.Music in `primLocated` (see desugar/located.ts);
// Euterpea's perform and play hand the place on with `primSameOrigin`; the session reads it
// from each element played, so the studio lights the note in the text while it sounds. Kept
// beside the values (a weak map), so values that carry none cost nothing.

import type { Span } from "../text/index.ts";
import { Data } from "./values.ts";

/** A place in a module's text, with that text (a value made before an edit names the text it was written in). */
export interface Origin extends Span {
  readonly text: string;
}

const origins = new WeakMap<Data, Origin>();

/** The place `value` was made at, if it carries one. */
export function originOf(value: unknown): Origin | undefined {
  return value instanceof Data ? origins.get(value) : undefined;
}

/**
 * `value` was made by the call at `span`; the innermost call (the first to say) keeps its place.
 * (So `myC = c` makes every `myC 4 qn` light the `c` of the alias: that is the call that made it.)
 */
export function locate(span: Origin, value: unknown): unknown {
  if (value instanceof Data && value.con.arity > 0 && !origins.has(value)) origins.set(value, span);
  return value;
}

/** `to` carries the place of `from` (a value made from it); returns `to`. */
export function sameOrigin(from: unknown, to: unknown): unknown {
  const span = originOf(from);
  if (span !== undefined && to instanceof Data && to.con.arity > 0) origins.set(to, span);
  return to;
}
