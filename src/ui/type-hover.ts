// Type notes on hover: the server's notes (`name :: type` by offsets into one applied version of
// a module) carried through the version map to the editor's text, and the tooltip that shows the
// note under the pointer. A line edited since that version shows nothing until it is applied.

import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { showTooltip, ViewPlugin, type Tooltip } from "@codemirror/view";
import type { TypeNote } from "../types/index.ts";
import type { VersionMap } from "./highlights.ts";
import type { LibraryDoc } from "../server/library-docs.ts";

/** A note placed in the editor's text. */
export interface PlacedNote {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The module that defines the name, for its documentation. */
  readonly module?: string;
}

/** The library's descriptions and examples by name (docs/library.md, served as /library-docs.json). */
let libraryDocs: Record<string, LibraryDoc[]> = {};

/** Loads the library's documentation once; until it arrives, notes show types only. */
export function loadLibraryDocs(): void {
  void fetch("/library-docs.json").then((response) => (response.ok ? response.json() : {})).then((docs) => (libraryDocs = docs), () => {});
}

/** Every documented name with its entries (empty until the documentation has arrived). */
export function documentedNames(): Readonly<Record<string, readonly LibraryDoc[]>> {
  return libraryDocs;
}

/** The documentation of a name defined in `module`: the entry of its module (or of a module it belongs to), or the only one. */
function documentation(name: string, module: string | undefined): LibraryDoc | undefined {
  const entries = Object.hasOwn(libraryDocs, name) ? libraryDocs[name] : [];
  const own = module && entries.find((entry) => entry.modules.some((documented) => module === documented || module.startsWith(`${documented}.`)));
  return own || (entries.length === 1 && module === undefined ? entries[0] : undefined);
}

/** The notes of one version of a text, its offsets moved back by `shift` (a participant edits the text after the header). */
export class TypeTable {
  private readonly notes: readonly TypeNote[];

  constructor(private readonly version: number, private readonly text: string, notes: readonly TypeNote[], shift = 0) {
    this.notes = notes
      .map((note) => ({ ...note, start: note.start - shift, end: note.end - shift }))
      .filter((note) => note.start >= 0 && note.end <= text.length);
  }

  /** The innermost note at `position` (the pointer on its `side`), unless its line was edited since. */
  at(versions: VersionMap, position: number, side: -1 | 1): PlacedNote | undefined {
    let found: { from: number; to: number; note: TypeNote } | undefined;
    for (const note of this.notes) {
      const range = versions.map(this.version, note.start, note.end);
      if (!range || position < range.from || position > range.to) continue;
      if ((position === range.from && side < 0) || (position === range.to && side > 0)) continue;
      if (!found || range.to - range.from < found.to - found.from) found = { ...range, note };
    }
    if (!found) return undefined;
    const lineStart = this.text.lastIndexOf("\n", found.note.start - 1) + 1;
    const lineEnd = this.text.indexOf("\n", found.note.end);
    if (versions.touched(this.version, lineStart, lineEnd < 0 ? this.text.length : lineEnd)) return undefined;
    return { from: found.from, to: found.to, text: found.note.text, ...(found.note.module ? { module: found.note.module } : {}) };
  }
}

/**
 * `name :: type` as a tooltip: the name, then the type in the type colour; for a library name,
 * its description and example below.
 */
function noteView(note: PlacedNote): HTMLElement {
  const { text } = note;
  const dom = document.createElement("div");
  dom.className = "rf-type";
  dom.setAttribute("role", "tooltip");
  const separator = text.indexOf(" :: ");
  const name = Object.assign(document.createElement("span"), { className: "rf-type-name", textContent: text.slice(0, separator) });
  const scheme = Object.assign(document.createElement("span"), { className: "rf-type-scheme", textContent: text.slice(separator + 4) });
  dom.append(name, " :: ", scheme);
  const doc = documentation(text.slice(0, separator), note.module);
  if (doc) {
    dom.append(Object.assign(document.createElement("div"), { className: "rf-doc", textContent: doc.description }));
    if (doc.example) dom.append(Object.assign(document.createElement("div"), { className: "rf-example", textContent: doc.example }));
  }
  return dom;
}

/** How long the pointer rests before its note shows (CodeMirror's hover delay). */
const restTime = 300;

const showNote = StateEffect.define<PlacedNote | null>();

/** The note shown, until the pointer leaves it or the text changes. */
const shownNote = StateField.define<PlacedNote | null>({
  create: () => null,
  update(note, transaction) {
    for (const effect of transaction.effects) if (effect.is(showNote)) return effect.value;
    return transaction.docChanged ? null : note;
  },
  provide: (field) =>
    showTooltip.compute([field], (state): Tooltip | null => {
      const note = state.field(field);
      return note && { pos: note.from, end: note.to, above: true, create: () => ({ dom: noteView(note) }) };
    }),
});

/**
 * Shows the note `find` gives for the text under the resting pointer. Not `hoverTooltip`: that
 * one gives up when the element under a resting pointer is redrawn, and the sounding marks
 * redraw the text they cover at every note while the song plays.
 */
export function typeHover(find: (position: number, side: -1 | 1) => PlacedNote | undefined): Extension {
  const pointer = ViewPlugin.define((view) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The position under the pointer, and on which side of it the pointer is. */
    const under = (x: number, y: number): { position: number; side: -1 | 1 } | undefined => {
      const position = view.posAtCoords({ x, y });
      const box = position === null ? null : view.coordsAtPos(position);
      if (position === null || !box || y < box.top || y > box.bottom) return undefined;
      if (x < box.left - view.defaultCharacterWidth || x > box.right + view.defaultCharacterWidth) return undefined;
      return { position, side: x < box.left ? -1 : 1 };
    };
    const show = (note: PlacedNote | null) => {
      const shown = view.state.field(shownNote);
      if (shown?.from !== note?.from || shown?.to !== note?.to || shown?.text !== note?.text) view.dispatch({ effects: showNote.of(note) });
    };
    const moved = (event: MouseEvent) => {
      clearTimeout(timer);
      const shown = view.state.field(shownNote);
      const place = under(event.clientX, event.clientY);
      if (shown && (!place || place.position < shown.from || place.position > shown.to)) show(null);
      timer = setTimeout(() => {
        const rest = under(event.clientX, event.clientY);
        show((rest && find(rest.position, rest.side)) ?? null);
      }, restTime);
    };
    const left = () => {
      clearTimeout(timer);
      show(null);
    };
    view.contentDOM.addEventListener("mousemove", moved);
    view.contentDOM.addEventListener("mouseleave", left);
    return {
      destroy() {
        clearTimeout(timer);
        view.contentDOM.removeEventListener("mousemove", moved);
        view.contentDOM.removeEventListener("mouseleave", left);
      },
    };
  });
  return [shownNote, pointer];
}
