// One tab and one CodeMirror editor per module: applying edits, following edits made elsewhere
// and the notes that sound, opening the merge view when an apply met a change to the same lines,
// replacing a selection by its value, and placing problems, highlight marks and type notes (given
// for some version of the text) where they are now.

import { setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { ConflictState, ModuleState } from "../server/protocol.ts";
import { editorExtensions, selectionOrLine } from "./editor-setup.ts";
import { playableRange } from "./play-selection.ts";
import { withControlDefault } from "./control-text.ts";
import { mergeRegions, mergeTexts } from "../collab/three-way.ts";
import { setHighlights, VersionMap, type Mark } from "./highlights.ts";
import { openMergeDialog } from "./merge-dialog.ts";
import type { TaggedSpan } from "./player.ts";
import { typeHover, TypeTable } from "./type-hover.ts";

export interface LocatedProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly text: string;
  readonly span?: TaggedSpan;
}

export interface TaggedMark {
  readonly span: TaggedSpan;
  readonly className: string;
}

export interface EditorActions {
  /** Sends a module's text to be applied: the request's id, or undefined when it could not be sent. */
  apply(module: string, text: string, base: number, fromHere: boolean): number | undefined;
  playTerm(expression: string): void;
  /** Sends an expression to be evaluated: the request's id, or undefined when it could not be sent. */
  applyTerm(expression: string): number | undefined;
  notice(text: string): void;
}

interface ModuleEditor {
  readonly name: string;
  readonly file: string;
  readonly view: EditorView;
  readonly pane: HTMLElement;
  readonly tab: HTMLButtonElement;
  readonly versions: VersionMap;
  /** The type notes of the applied version, for hover. */
  types: TypeTable;
  /** Ids of applies sent and not yet answered, oldest first. */
  readonly attempts: number[];
  applied: string;
  version: number;
  /** The version the text in the editor was made on (what an apply names). */
  base: number;
  highlightKey: string;
  /** When the user last scrolled this editor by hand, and last typed in it (performance.now()). */
  scrolledByUser: number;
  typedAt: number;
}

/** Milliseconds after typing or a scroll by hand during which the editor does not follow the music. */
const followPause = 5000;

/** A selection sent to be evaluated, its range mapped through the edits made since. */
interface PendingTerm {
  readonly editor: ModuleEditor;
  readonly expression: string;
  from: number;
  to: number;
}

/** The value in place of `selection`: its surrounding blanks kept, and its parentheses unless the value is atomic. */
function inPlaceOf(selection: string, value: string): string {
  const [, before, inner, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(selection)!;
  const atomic = /^([\w.']+|\[.*\]|\(.*\)|".*")$/s.test(value);
  const wrapped = inner.startsWith("(") && inner.endsWith(")") && !atomic;
  return before + (wrapped ? `(${value})` : value) + after;
}

export class ModuleEditors {
  private editors: ModuleEditor[] = [];
  private active: ModuleEditor | undefined;
  private readonly terms = new Map<number, PendingTerm>();

  constructor(private readonly tabs: HTMLElement, private readonly panes: HTMLElement, private readonly actions: EditorActions) {
    tabs.addEventListener("keydown", (event) => {
      if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
        this.selectNext(event.key === "ArrowRight" ? 1 : -1);
        this.active?.tab.focus();
        event.preventDefault();
      }
    });
  }

  /** The song's modules as the server has them (on connect and reconnect); typed text is kept. */
  load(modules: readonly ModuleState[]): void {
    const previous = new Map(this.editors.map((editor) => [editor.name, editor]));
    this.editors = modules.map((module) => {
      const editor = previous.get(module.name) ?? this.create(module);
      previous.delete(module.name);
      const text = editor.view.state.doc.toString();
      if (text !== module.text && text === editor.applied) this.replace(editor, module.text);
      const current = editor.view.state.doc.toString() === module.text;
      editor.versions.clear();
      editor.versions.add(module.version, module.text.length, current);
      editor.applied = module.text;
      editor.version = module.version;
      editor.base = module.version;
      editor.attempts.length = 0;
      editor.types = new TypeTable(module.version, module.text, module.types);
      this.markDirty(editor);
      return editor;
    });
    for (const stale of previous.values()) {
      stale.view.destroy();
      stale.pane.remove();
      stale.tab.remove();
    }
    this.tabs.replaceChildren(...this.editors.map((editor) => editor.tab));
    this.select(this.active && this.editors.includes(this.active) ? this.active.name : this.editors[0]?.name);
  }

  /** A module was applied: by this browser (`yours`) or by someone else. */
  /**
   * A new version of a module is playing. The editor shows it; text typed and not yet applied is
   * kept, with the new version's changes merged into it where they touch other lines. Returns
   * what to tell the user about a version made by `who` (not this browser).
   */
  applied(module: ModuleState, yours: boolean, who = "another participant"): string | undefined {
    const editor = this.byName(module.name);
    if (!editor) return undefined;
    let notice: string | undefined;
    const attempt = yours ? editor.attempts.shift() : undefined;
    const typed = editor.view.state.doc.toString();
    const merged = typed === editor.applied || typed === module.text ? undefined : mergeTexts(typed, editor.applied, module.text);
    if (attempt !== undefined) {
      editor.versions.alias(module.version, -attempt);
      editor.base = module.version;
      // Applied merged with a version made meanwhile: the editor shows what plays.
      if (merged !== undefined && merged !== typed) this.replace(editor, merged);
    } else if (typed === editor.applied) {
      this.replace(editor, module.text);
      editor.versions.add(module.version, module.text.length);
      editor.base = module.version;
      notice = `${module.name} was changed by ${who}.`;
    } else if (merged !== undefined) {
      this.replace(editor, merged);
      editor.versions.add(module.version, 0, false);
      editor.base = module.version;
      notice = `${module.name} was changed by ${who}: the change is in your editor, with your unapplied text.`;
    } else {
      editor.versions.add(module.version, 0, false);
      notice = `${module.name} was changed by ${who} on the lines you are editing; your unapplied text is kept.`;
    }
    editor.applied = module.text;
    editor.version = module.version;
    editor.types = new TypeTable(module.version, module.text, module.types);
    this.markDirty(editor);
    return yours ? undefined : notice;
  }

  /**
   * Apply `id` met a change to the same lines made meanwhile: the merge view shows both sides. Its
   * result replaces the editor's text and is applied on the version now; closed, the editor's
   * text stays as it is, and applying it again meets the same change.
   */
  conflicted(id: number, conflict: ConflictState): void {
    const editor = this.editors.find((candidate) => candidate.attempts.includes(id));
    if (!editor) return;
    const regions = mergeRegions(editor.view.state.doc.toString(), conflict.original?.text ?? "", conflict.text);
    openMergeDialog(`${editor.name} was changed while you were editing`, regions, (text) => {
      this.select(editor.name);
      this.replace(editor, text);
      editor.base = conflict.version;
      this.apply(editor, false);
    });
  }

  /** The answer to apply `id` came: it is no longer pending. */
  answered(id: number): void {
    for (const editor of this.editors) {
      const index = editor.attempts.indexOf(id);
      if (index >= 0) editor.attempts.splice(index, 1);
    }
  }

  /** Tags a problem's span with the text it refers to: apply `id`'s text, else the applied one. */
  locate(problem: { severity: "error" | "warning"; message: string; text: string; span?: { file: string; start: number; end: number } }, id?: number): LocatedProblem {
    const editor = problem.span && this.byFile(problem.span.file);
    if (!problem.span || !editor) return { severity: problem.severity, message: problem.message, text: problem.text };
    const version = id !== undefined && editor.attempts.includes(id) ? -id : editor.version;
    return { ...problem, span: { ...problem.span, version } };
  }

  /** Shows `problems` inline in each module's editor. */
  showProblems(problems: readonly LocatedProblem[]): void {
    for (const editor of this.editors) {
      const diagnostics: LintDiagnostic[] = [];
      for (const problem of problems) {
        const range = problem.span?.file === editor.file ? this.range(editor, problem.span) : undefined;
        if (range) diagnostics.push({ from: range.from, to: range.to, severity: problem.severity, message: problem.message });
      }
      editor.view.dispatch(setDiagnostics(editor.view.state, diagnostics));
    }
  }

  /** Replaces every editor's highlight marks (dispatching only where they changed). */
  highlight(marks: readonly TaggedMark[]): void {
    for (const editor of this.editors) {
      const placed: Mark[] = [];
      for (const mark of marks) {
        if (mark.span.file !== editor.file) continue;
        const range = editor.versions.map(mark.span.version, mark.span.start, mark.span.end);
        if (range && range.to > range.from) placed.push({ ...range, className: mark.className });
      }
      const key = placed.map((mark) => `${mark.from}-${mark.to}-${mark.className}`).join(",");
      if (key === editor.highlightKey) continue;
      editor.highlightKey = key;
      const sounding = editor === this.active ? placed.find((mark) => mark.className.includes("rf-sounding")) : undefined;
      const follow = sounding !== undefined && this.following(editor) && !this.inView(editor, sounding.from);
      editor.view.dispatch({ effects: follow ? [setHighlights.of(placed), EditorView.scrollIntoView(sounding.from, { y: "center" })] : setHighlights.of(placed) });
    }
  }

  /** Whether the editor follows the sounding notes: not while the user types in it or has just scrolled it. */
  private following(editor: ModuleEditor): boolean {
    const now = performance.now();
    return now - editor.typedAt > followPause && now - editor.scrolledByUser > followPause;
  }

  private inView(editor: ModuleEditor, position: number): boolean {
    const { from, to } = editor.view.viewport;
    if (position < from || position > to) return false;
    const line = editor.view.lineBlockAt(position);
    const scroller = editor.view.scrollDOM;
    return line.top >= scroller.scrollTop && line.bottom <= scroller.scrollTop + scroller.clientHeight;
  }

  /** Shows and selects the text a span refers to. */
  reveal(span: TaggedSpan): void {
    const editor = this.byFile(span.file);
    const range = editor && this.range(editor, span);
    if (!editor || !range) return;
    this.select(editor.name);
    editor.view.dispatch({ selection: EditorSelection.range(range.from, range.to), scrollIntoView: true });
    editor.view.focus();
  }

  /** Applies the module being edited; `fromHere`: and plays `main` again under it from the song time now. */
  applyActive(fromHere = false): void {
    if (this.active) this.apply(this.active, fromHere);
  }

  /** Sends the editor's text to be applied: the request's id, or undefined when not connected. */
  private apply(editor: ModuleEditor, fromHere: boolean): number | undefined {
    const id = this.actions.apply(editor.name, editor.view.state.doc.toString(), editor.base, fromHere);
    if (id === undefined) {
      this.actions.notice("not connected: the module was not applied");
      return undefined;
    }
    editor.versions.add(-id, editor.view.state.doc.length);
    editor.attempts.push(id);
    return id;
  }

  /**
   * An example (a whole song) replaces the main module's text, as one change Undo takes back,
   * and is applied: the request's id, or undefined when not connected.
   */
  openExample(text: string): number | undefined {
    const editor = this.byName("Main") ?? this.editors[0];
    if (!editor) return undefined;
    this.select(editor.name);
    const old = editor.view.state.doc;
    editor.view.dispatch({ changes: { from: 0, to: old.length, insert: text }, selection: EditorSelection.cursor(0), userEvent: "input.example", scrollIntoView: true });
    return this.apply(editor, false);
  }

  /**
   * A control left at `value` is written into the module that calls it, as an edit to apply
   * with the rest (Undo takes it back): the module's name, or undefined when none calls it.
   */
  writeControl(kind: "slider" | "checkBox", name: string, value: number): string | undefined {
    for (const editor of this.editors) {
      const text = editor.view.state.doc.toString();
      const written = withControlDefault(text, kind, name, value);
      if (written === undefined) continue;
      if (written !== text) this.replace(editor, written, "input.control");
      return editor.name;
    }
    return undefined;
  }

  /** Plays the selection, or the right-hand side of the definition at the cursor, or its line. */
  playSelection(): void {
    if (!this.active) return;
    const { state } = this.active.view;
    const { from, to } = playableRange(state.doc.toString(), state.selection.main.from, state.selection.main.to);
    this.actions.playTerm(state.sliceDoc(from, to));
  }

  /** Sends the selection (or the current line) to be evaluated; its value will take its place. */
  applyTerm(): void {
    const editor = this.active;
    if (!editor) return;
    const { from, to } = selectionOrLine(editor.view);
    const expression = editor.view.state.sliceDoc(from, to);
    const id = this.actions.applyTerm(expression);
    if (id === undefined) return this.actions.notice("not connected: the term was not applied");
    this.terms.set(id, { editor, expression, from, to });
  }

  /** The answer to apply term `id`: its value replaces the selection (one undoable change), unless that was edited meanwhile. */
  termValue(id: number, value: string | undefined): void {
    const pending = this.terms.get(id);
    this.terms.delete(id);
    if (!pending || value === undefined) return;
    const { editor, expression, from, to } = pending;
    if (editor.view.state.sliceDoc(from, to) !== expression) return this.actions.notice("the selection was edited meanwhile: its value was not put in");
    const insert = inPlaceOf(expression, value);
    editor.view.dispatch({
      changes: { from, to, insert },
      selection: EditorSelection.range(from, from + insert.length),
      userEvent: "input.applyTerm",
      scrollIntoView: true,
    });
  }

  select(name: string | undefined): void {
    this.active = this.editors.find((editor) => editor.name === name) ?? this.editors[0];
    for (const editor of this.editors) {
      const selected = editor === this.active;
      editor.pane.hidden = !selected;
      editor.tab.setAttribute("aria-selected", String(selected));
      editor.tab.tabIndex = selected ? 0 : -1;
    }
    this.active?.view.requestMeasure();
  }

  selectNext(step: number): void {
    const index = this.active ? this.editors.indexOf(this.active) : 0;
    const count = this.editors.length;
    if (count > 0) this.select(this.editors[(index + step + count) % count].name);
  }

  focus(): void {
    this.active?.view.focus();
  }

  private create(module: ModuleState): ModuleEditor {
    const pane = document.createElement("div");
    pane.className = "editor-pane";
    pane.id = `module-${module.name.replace(/[^A-Za-z0-9_]/g, "-")}`;
    pane.setAttribute("role", "tabpanel");
    pane.setAttribute("aria-label", `Module ${module.name}`);
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "tab";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", pane.id);
    tab.title = module.file;
    tab.addEventListener("click", () => this.select(module.name));
    const versions = new VersionMap();
    const changed = EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      if (update.transactions.some((transaction) => transaction.isUserEvent("input") || transaction.isUserEvent("delete"))) editor.typedAt = performance.now();
      versions.edited(update.changes);
      for (const term of this.terms.values()) {
        if (term.editor !== editor) continue;
        term.from = update.changes.mapPos(term.from, 1);
        term.to = Math.max(term.from, update.changes.mapPos(term.to, -1));
      }
      this.markDirty(editor);
    });
    const commands = { apply: () => this.applyActive(), applyFromHere: () => this.applyActive(true), playSelection: () => this.playSelection(), applyTerm: () => this.applyTerm() };
    const hover = typeHover((position, side) => editor.types.at(versions, position, side));
    const view = new EditorView({
      state: EditorState.create({ doc: module.text, extensions: editorExtensions(commands, [changed, hover]) }),
      parent: pane,
    });
    view.contentDOM.setAttribute("aria-label", `Module ${module.name}`);
    // Scrolling by hand (wheel, touch, the scroll bar) stops the editor following the music for a while.
    for (const type of ["wheel", "touchmove", "mousedown"]) view.scrollDOM.addEventListener(type, () => (editor.scrolledByUser = performance.now()), { passive: true });
    this.panes.append(pane);
    const types = new TypeTable(module.version, module.text, module.types);
    const editor: ModuleEditor = { name: module.name, file: module.file, view, pane, tab, versions, types, attempts: [], applied: module.text, version: module.version, base: module.version, highlightKey: "", scrolledByUser: -Infinity, typedAt: -Infinity };
    return editor;
  }

  /** Replaces the text with the smallest change, so the cursor and marks elsewhere stay put. */
  private replace(editor: ModuleEditor, text: string, userEvent?: string): void {
    const old = editor.view.state.doc.toString();
    let start = 0;
    while (start < old.length && start < text.length && old[start] === text[start]) start++;
    let end = 0;
    while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
    editor.view.dispatch({ changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) }, ...(userEvent ? { userEvent } : {}) });
  }

  private markDirty(editor: ModuleEditor): void {
    const dirty = editor.view.state.doc.toString() !== editor.applied;
    editor.tab.textContent = editor.name;
    editor.tab.classList.toggle("dirty", dirty);
    editor.tab.setAttribute("aria-label", dirty ? `${editor.name} (not applied)` : editor.name);
  }

  private range(editor: ModuleEditor, span: TaggedSpan): { from: number; to: number } | undefined {
    const range = editor.versions.map(span.version, span.start, span.end);
    if (!range) return undefined;
    const length = editor.view.state.doc.length;
    const from = Math.min(range.from, length);
    return { from, to: Math.min(Math.max(range.to, from), length) };
  }

  private byName(name: string): ModuleEditor | undefined {
    return this.editors.find((editor) => editor.name === name);
  }

  private byFile(file: string): ModuleEditor | undefined {
    return this.editors.find((editor) => editor.file === file);
  }
}
