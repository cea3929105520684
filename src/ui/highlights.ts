// Highlight marks in an editor (`rf-reduced`, `rf-sounding`) and the version map that carries a
// span given for an applied text to the text as it is now, through every later edit.

import { ChangeSet, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";

export interface Mark {
  readonly from: number;
  readonly to: number;
  readonly className: string;
}

export const setHighlights = StateEffect.define<readonly Mark[]>();

/** The marks shown; mapped through every edit until replaced. */
export const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setHighlights)) {
        next = Decoration.set(
          // `data-from` groups the pieces a mark is drawn in (it is split where the syntax colours change).
          effect.value.map((mark) => Decoration.mark({ class: mark.className, attributes: { "data-from": String(mark.from) } }).range(mark.from, mark.to)),
          true,
        );
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const kept = 16;

/** For each known version of a module's text, the changes from that text to the editor's text. */
export class VersionMap {
  private entries = new Map<number, ChangeSet | null>();

  /** Version `version` is the editor's current text (or, with `known` false, a text we never saw). */
  add(version: number, length: number, known = true): void {
    this.entries.set(version, known ? ChangeSet.empty(length) : null);
    if (this.entries.size > kept) this.entries.delete(this.entries.keys().next().value as number);
  }

  /** Version `alias` has the same text as `version` (an attempt that was applied). */
  alias(alias: number, version: number): void {
    if (this.entries.has(version)) this.entries.set(alias, this.entries.get(version) ?? null);
  }

  clear(): void {
    this.entries.clear();
  }

  edited(changes: ChangeSet): void {
    for (const [version, entry] of this.entries) if (entry) this.entries.set(version, entry.compose(changes));
  }

  /** The range now, or undefined when the version is unknown or the text was deleted. */
  map(version: number, start: number, end: number): { from: number; to: number } | undefined {
    const changes = this.entries.get(version);
    if (!changes || end > changes.length || start > end) return undefined;
    const from = changes.mapPos(start, 1);
    const to = changes.mapPos(end, -1);
    if (to < from || (to === from && end > start)) return undefined;
    return { from, to };
  }

  /** Whether the text from `start` to `end` of `version` was edited since (true when the version is unknown). */
  touched(version: number, start: number, end: number): boolean {
    const changes = this.entries.get(version);
    return !changes || end > changes.length || changes.touchesRange(start, end) !== false;
  }
}
