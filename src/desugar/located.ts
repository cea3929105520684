// Where a note of a score comes from: in the song's own modules, a call of Euterpea.Music's
// functions (`a 5 en`, `note qn p`, or `c 4` given its duration later) is wrapped so that the
// value it makes carries the call's place (`primLocated`, see reduce/origins.ts); Euterpea's
// perform and play hand the place on to the note's events, and the studio lights the note in
// the text while it sounds. Library modules and other calls are left as they are.

import { Apply, Global, Literal, PrimitiveCall, type Expr, type GlobalCell, type Primitive } from "../core/term.ts";
import type { ValueEntity } from "../resolve/scope.ts";
import type { Span } from "../text/index.ts";

/** The module whose functions make the notes of a score. */
const scoreModule = "Euterpea.Music";

/**
 * What wrapping needs: `Refrain.Primitive`'s primitive and its helpers for calls still missing
 * one or two arguments, the arity of a function compiled before, and the module's text (a
 * place names it, so that a note made before an edit is not lit at a place the edit moved).
 */
export interface Locating {
  readonly located: Primitive;
  readonly missingOne: GlobalCell;
  readonly missingTwo: GlobalCell;
  readonly text: string;
  arity(cell: GlobalCell): number | undefined;
}

/** `call` (the entity applied to `count` arguments, at `span`) wrapped to carry its place, or `call` itself. */
export function locatedCall(locating: Locating | undefined, entity: ValueEntity, count: number, call: Expr, span: Span): Expr {
  if (!locating || entity.kind !== "global" || entity.module !== scoreModule) return call;
  const missing = (locating.arity(entity.cell) ?? 0) - count;
  const place = new Literal({ ...span, text: locating.text }, span);
  if (missing === 0 && count > 0) return new PrimitiveCall(locating.located, [place, call], span);
  if (missing === 1) return new Apply(new Global(locating.missingOne, span), [place, call], span);
  if (missing === 2) return new Apply(new Global(locating.missingTwo, span), [place, call], span);
  return call;
}
