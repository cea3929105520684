// The CodeMirror 6 configuration for a module: Haskell highlighting in the studio's colours,
// lint markers, the highlight marks, the look of tooltips (type notes among them), and the keys
// that apply a module, play a selection or replace it by its value.

import { basicSetup } from "codemirror";
import { indentWithTab } from "@codemirror/commands";
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { haskell } from "@codemirror/legacy-modes/mode/haskell";
import { lintGutter } from "@codemirror/lint";
import { Prec, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { highlightField } from "./highlights.ts";
import { libraryCompletions } from "./library-completion.ts";

const haskellLanguage = StreamLanguage.define(haskell);

/** Token colours come from CSS variables, so the dark and light themes need no reconfiguration. */
const syntaxColours = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--syntax-keyword)" },
  { tag: [tags.typeName, tags.className, tags.namespace], color: "var(--syntax-type)" },
  { tag: [tags.number, tags.bool, tags.atom], color: "var(--syntax-number)" },
  { tag: [tags.string, tags.character, tags.special(tags.string)], color: "var(--syntax-string)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--syntax-comment)", fontStyle: "italic" },
  { tag: [tags.operator, tags.punctuation, tags.meta, tags.modifier], color: "var(--syntax-operator)" },
  { tag: [tags.variableName, tags.definition(tags.variableName)], color: "var(--syntax-name)" },
  { tag: [tags.standard(tags.variableName), tags.special(tags.variableName)], color: "var(--syntax-builtin)" },
]);

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px", backgroundColor: "var(--editor-background)", color: "var(--text)" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.55" },
  ".cm-content": { caretColor: "var(--accent)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--accent)", borderLeftWidth: "2px" },
  ".cm-gutters": { backgroundColor: "var(--editor-background)", color: "var(--muted)", border: "none" },
  ".cm-activeLineGutter": { backgroundColor: "transparent", color: "var(--text)" },
  ".cm-activeLine": { backgroundColor: "var(--active-line)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--selection)" },
  ".cm-tooltip": { backgroundColor: "var(--panel)", border: "1px solid var(--border)", color: "var(--text)", borderRadius: "6px" },
  ".cm-tooltip.rf-type": {
    backgroundColor: "var(--raised)",
    boxShadow: "0 3px 12px rgba(0, 0, 0, 0.22)",
    fontFamily: "var(--mono)",
    fontSize: "13px",
    lineHeight: "1.5",
    padding: "3px 9px",
    whiteSpace: "pre-wrap",
    maxWidth: "70ch",
  },
  ".rf-type-name": { color: "var(--syntax-name)", fontWeight: "600" },
  ".rf-type-scheme": { color: "var(--syntax-type)" },
  ".rf-doc": { fontFamily: "var(--ui)", color: "var(--text)", marginTop: "2px" },
  ".rf-example": { color: "var(--muted)" },
  ".cm-panels": { backgroundColor: "var(--panel)", color: "var(--text)" },
  ".cm-searchMatch": { backgroundColor: "var(--search-match)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--raised)", border: "none", color: "var(--muted)" },
});

export interface EditorCommands {
  apply(): void;
  /** Applies, then plays `main` again under the new program from the song time now. */
  applyFromHere(): void;
  /** Plays the selection (or the current line) as the current term. */
  playSelection(view: EditorView): void;
  /** Replaces the selection (or the current line) by its value. */
  applyTerm(): void;
}

export function editorExtensions(commands: EditorCommands, changed: Extension): Extension[] {
  return [
    Prec.highest(
      keymap.of([
        { key: "Mod-Enter", run: () => (commands.apply(), true) },
        { key: "Mod-Alt-Enter", run: () => (commands.applyFromHere(), true) },
        { key: "Mod-Shift-Enter", run: (view) => (commands.playSelection(view), true) },
        { key: "Mod-Shift-y", run: () => (commands.applyTerm(), true) },
      ]),
    ),
    basicSetup,
    // Tab indents (layout counts in Haskell); Escape, then Tab, leaves the editor.
    keymap.of([indentWithTab]),
    haskellLanguage,
    haskellLanguage.data.of({ autocomplete: libraryCompletions }),
    syntaxHighlighting(syntaxColours),
    lintGutter(),
    highlightField,
    theme,
    changed,
  ];
}

/** The selection, or the line under the cursor when nothing is selected. */
export function selectionOrLine(view: EditorView): { from: number; to: number } {
  const range = view.state.selection.main;
  if (!range.empty) return { from: range.from, to: range.to };
  const line = view.state.doc.lineAt(range.head);
  return { from: line.from, to: line.to };
}
