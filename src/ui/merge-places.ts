// The result of a merge as an editable text (CodeMirror): the lines that merged, and the places
// where both sides changed the same lines, each filled with yours then theirs until someone takes
// a side (or both) or edits it by hand. The places follow every edit, and their lines are marked
// (open or settled; where a place holds both sides, which lines are yours and which theirs).

import { EditorState, StateEffect, StateField, type ChangeSet, type Extension, type Range, type TransactionSpec } from "@codemirror/state";
import { Decoration, EditorView } from "@codemirror/view";
import type { MergeConflict, MergeRegion } from "../collab/three-way.ts";

/** How a place was settled; `open` until then. */
export type PlaceState = "open" | "theirs" | "yours" | "both" | "edited";
export type Side = "theirs" | "yours" | "both";

export interface Place {
  readonly from: number;
  readonly to: number;
  readonly state: PlaceState;
  /** Where theirs begins, while the place holds yours then theirs as they were. */
  readonly theirsAt?: number;
}

/** Lines as the result holds them: each ends with a newline, so that a place is whole lines. */
const asText = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join("");

/** What taking `side` at a place puts there. */
function sideText(region: MergeConflict, side: Side): string {
  return asText(side === "theirs" ? region.theirs : side === "yours" ? region.yours : [...region.yours, ...region.theirs]);
}

/** A side taken at place `index`: it now spans `from`–`to`. */
interface Taken {
  readonly index: number;
  readonly side: Side;
  readonly from: number;
  readonly to: number;
  readonly theirsAt?: number;
}

const take = StateEffect.define<Taken>();

/** Places after an edit by hand: each follows its text (typing at its start is in it); one the edit touches is `edited`. */
function followEdit(places: readonly Place[], changes: ChangeSet): Place[] {
  return places.map((place) => {
    let touched = false;
    changes.iterChangedRanges((fromA, toA) => (touched ||= (fromA < place.to && toA > place.from) || (fromA === toA && fromA === place.from)));
    const from = changes.mapPos(place.from, -1);
    const to = Math.max(from, changes.mapPos(place.to, -1));
    if (touched) return { from, to, state: "edited" };
    return { from, to, state: place.state, ...(place.theirsAt === undefined ? {} : { theirsAt: changes.mapPos(place.theirsAt) }) };
  });
}

/** Places after a side was taken at one of them: those before stay, those after move by the change in its length. */
function followTake(places: readonly Place[], taken: Taken): Place[] {
  const old = places[taken.index];
  const shift = taken.to - taken.from - (old.to - old.from);
  const moved = (at: number | undefined) => (at === undefined ? {} : { theirsAt: at + shift });
  return places.map((place, index) => index < taken.index ? place
    : index === taken.index ? { from: taken.from, to: taken.to, state: taken.side, ...(taken.theirsAt === undefined ? {} : { theirsAt: taken.theirsAt }) }
    : { from: place.from + shift, to: place.to + shift, state: place.state, ...moved(place.theirsAt) });
}

const placesField = StateField.define<readonly Place[]>({
  create: () => [],
  update(places, transaction) {
    const taken = transaction.effects.find((effect) => effect.is(take));
    return taken ? followTake(places, taken.value) : transaction.docChanged ? followEdit(places, transaction.changes) : places;
  },
  provide: (field) => EditorView.decorations.compute([field], (state) => lineMarks(state, state.field(field))),
});

function lineMarks(state: EditorState, places: readonly Place[]) {
  const marks: Range<Decoration>[] = [];
  for (const place of places) {
    if (place.to <= place.from) continue;
    const settled = place.state === "open" ? "rf-merge-open" : "rf-merge-settled";
    for (let number = state.doc.lineAt(place.from).number; number <= state.doc.lineAt(place.to - 1).number; number++) {
      const line = state.doc.line(number);
      const side = place.theirsAt === undefined ? "" : line.from < place.theirsAt ? " rf-merge-yours" : " rf-merge-theirs";
      marks.push(Decoration.line({ class: settled + side }).range(line.from));
    }
  }
  return Decoration.set(marks, true);
}

/** The result's first text (each place holding yours, then theirs) and the extension that keeps its places. */
export function mergeResult(regions: readonly MergeRegion[]): { readonly text: string; readonly extension: Extension } {
  let text = "";
  const places: Place[] = [];
  for (const region of regions) {
    if (region.kind === "merged") {
      text += asText(region.lines);
      continue;
    }
    const from = text.length;
    text += sideText(region, "both");
    places.push({ from, to: text.length, state: "open", theirsAt: from + asText(region.yours).length });
  }
  return { text, extension: placesField.init(() => places) };
}

export function placesOf(state: EditorState): readonly Place[] {
  return state.field(placesField);
}

/** The change that puts `side` of `region` (one side, or both) at place `index`, in place of what is there. */
export function takeSide(state: EditorState, index: number, region: MergeConflict, side: Side): TransactionSpec {
  const { from, to } = placesOf(state)[index];
  const insert = sideText(region, side);
  const theirsAt = side === "both" ? { theirsAt: from + asText(region.yours).length } : {};
  return { changes: { from, to, insert }, effects: take.of({ index, side, from, to: from + insert.length, ...theirsAt }) };
}

/** The merged text the result holds (without the newline the last line was given). */
export function resultText(state: EditorState): string {
  const text = state.doc.toString();
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}
