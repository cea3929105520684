// A live session: a song's program and its running term. Pulls elements of `main` as timed
// events, applies live edits (a module's new text replaces the old one at once, or is refused
// with diagnostics and nothing changes), plays terms, and single-steps reductions.

import { HIDDEN_NAME, add, toFloat, type Definition, type GlobalCell, type Num } from "../core/index.ts";
import { Compiler, Program, actionRunner, type CompiledModule, type LibraryImage, type ModuleReader, type ModuleText } from "../program/index.ts";
import {
  END, Interpreter, Machine, PAUSED, RuntimeError, Thunk, cellsInUse, createPrimitives, originOf, programCommitted, primitiveDefinitions, showValue,
  type InterpreterOptions,
  listToString,
} from "../reduce/index.ts";
import { playedElement, type PlayedElement } from "../events/from-element.ts";
import type { ElementStep, SongFile, StepSource } from "../events/index.ts";
import { printTerm, type PrintedTerm, type TermLimits, type TermPart } from "../show/index.ts";
import { isAtLeastAsGeneral, printScheme, typeNotes, type Scheme, type TypeNote } from "../types/index.ts";
import { error, formatDiagnostic, hasErrors, type Diagnostic, type Span } from "../text/index.ts";
import { ControlTable, type Control } from "./controls.ts";
import { editHearing, type EditHearing } from "./hearing.ts";
import { SongError } from "./song-error.ts";

/** The top-level names of module `name` whose definition's text differs between two versions (or is new). */
function changedDefinitions(before: Program, after: Program, name: string): GlobalCell[] {
  const { file, text } = after.texts.get(name)!;
  const earlier = before.texts.get(name)!.text;
  const source = (within: string, definition: Definition | undefined) => definition && within.slice(definition.span.start, definition.span.end);
  return [...after.definitions]
    .filter(([cell, definition]) => definition.span.file === file && !cell.dictionary && !cell.name.startsWith(HIDDEN_NAME)
      && source(text, definition) !== source(earlier, before.definitions.get(cell)))
    .map(([cell]) => cell);
}

/** At most so many reductions that change nothing printed are taken into one single step. */
const invisibleReductionLimit = 32;
/** At most so many reductions are stepped over (library code) in one single step. */
const steppedOverLimit = 200_000;

/** What a single step stops at: any rule, or only the rules of the song's own code. */
export type StepScope = "all" | "song";

/** How the song runs (strategy, step budget, highlighting trail, …: the interpreter's options) and loads. */
export interface SessionOptions extends InterpreterOptions {
  /** Extra folders to find modules in (`-I`), searched after the song's folder (for `open`). */
  includeDirs?: readonly string[];
  /** Refuse a song without `main` (default true; `check` and `eval` accept any module). */
  requireMain?: boolean;
  /** Megabytes of memory the running term may fill before the song is stopped (`--memory`; Infinity: no limit). */
  memoryLimit?: number;
  /** Texts of the song's modules, by name, that replace their files (a song reopened as it was playing). */
  moduleTexts?: Readonly<Record<string, string>>;
  /**
   * Writes a file the song asks for (`WriteFile`, `writeMidi`) and says why it could not, if it
   * could not. Without it (the studio) no file is written and each is reported as skipped.
   */
  writeFile?: (file: SongFile) => string | undefined;
  /** The library compiled by the build (see program/library-image.ts): its modules are not compiled again. */
  libraryImage?: LibraryImage;
}

export interface ReductionStep {
  readonly kind: "reduction";
  /** The rule (function) being unfolded, e.g. `merge`. */
  readonly rule: string;
  readonly call?: Span;
  readonly ruleSpan?: Span;
  readonly matched: readonly Span[];
  readonly term: string;
}

/** A compiler for a song: the built-in operations, with its controls read from `controls`; the library from `image` where it can. */
export function songCompiler(controls: ControlTable, image?: LibraryImage): Compiler {
  return new Compiler(createPrimitives(controls), primitiveDefinitions, image);
}

/** An expression evaluated and shown, or why not: it does not compile, or it failed. */
export type Evaluation = { value: string } | { diagnostics: Diagnostic[] } | { error: string };

/** Milliseconds an expression evaluated in a live session (`evaluate`) may take: it holds up the music meanwhile. */
const evaluationTimeBudget = 2000;

/** The highlighted spans of an element when no trail is recorded. */
const noSpans: readonly Span[] = Object.freeze([]);

export class Session implements StepSource {
  private readonly compiler: Compiler;
  private readonly controlTable = new ControlTable();
  private program: Program;
  private interpreter: Interpreter;
  /** Where the song is: the sum of the Waits played so far, exactly, and in milliseconds. */
  private time: Num = 0;
  private timeMs = 0;
  /** Diagnostics of refused edits, printed against the text that was refused. */
  private readonly printed = new WeakMap<Diagnostic, string>();
  /** Type notes of compiled modules (a module unchanged by an edit keeps its notes). */
  private readonly notes = new WeakMap<CompiledModule, readonly TypeNote[]>();
  private lastHearing: EditHearing | undefined;
  /** The song's own modules' texts by file (cached until the next edit). */
  private songTexts: Map<string, string> | undefined;

  /** Loads a song from module texts; throws `SongError` when it does not compile. */
  constructor(
    texts: ReadonlyMap<string, ModuleText>,
    private readonly mainModule: string,
    private readonly reader: ModuleReader,
    private readonly options: SessionOptions = {},
  ) {
    this.compiler = songCompiler(this.controlTable, options.libraryImage);
    const result = this.compiler.compile(texts, mainModule, reader);
    if (!result.program || hasErrors(result.diagnostics)) throw this.songError(result.diagnostics);
    this.program = result.program;
    this.commit(this.program);
    const main = this.program.mainCell ?? this.compiler.cell(mainModule, "main");
    if (!main.definition && options.requireMain !== false) {
      const file = texts.get(mainModule)?.file ?? mainModule;
      throw this.songError([error({ file, start: 0, end: 0 }, "the song has no `main` (the list of elements to play)")]);
    }
    const runner = this.compiler.cell(actionRunner.module, actionRunner.name);
    this.interpreter = new Interpreter(main, options, () => (this.program.mainIsAction ? runner : undefined));
    this.warnings = result.diagnostics.filter((diagnostic) => diagnostic.severity === "warning");
  }

  /** Warnings from loading (e.g. names used but missing from an import list). */
  readonly warnings: readonly Diagnostic[];

  private songError(diagnostics: readonly Diagnostic[]): SongError {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    return new SongError(errors, errors.map((diagnostic) => this.format(diagnostic)).join("\n"));
  }

  /** `file:line:col: error: message` with the source line and a caret. */
  format(diagnostic: Diagnostic): string {
    return this.printed.get(diagnostic) ?? formatDiagnostic(diagnostic, (file) => this.compiler.source(file));
  }

  /** The song's own modules (not the library). */
  modules(): { name: string; file: string; text: string }[] {
    return [...this.program.texts.values()].filter((text) => !text.library).map(({ name, file, text }) => ({ name, file, text }));
  }

  /** The type of every name written in one of the song's modules, by place. */
  typeNotes(moduleName: string): readonly TypeNote[] {
    const module = this.program.module(moduleName);
    if (!module?.typed) return [];
    let notes = this.notes.get(module);
    if (!notes) this.notes.set(module, (notes = typeNotes(module.resolved, module.typed)));
    return notes;
  }

  /** The song's own modules as each stage made them (for `refrain dump`). */
  compiledModules(): CompiledModule[] {
    return this.modules().flatMap((module) => this.program.module(module.name) ?? []);
  }

  moduleFiles(): { name: string; file: string }[] {
    return this.modules().map(({ name, file }) => ({ name, file }));
  }

  /** The next element of `main`, as a step for the scheduler. */
  next(): ElementStep {
    return this.advance(Infinity) as ElementStep;
  }

  /**
   * One reduction (single-step mode), or the element it completes. Reductions that leave the
   * printed term as it was (selecting a class's method from a dictionary, which the printer
   * hides) are taken together with the next one, so every step shows a change. With `scope`
   * "song", the reductions of library functions are stepped over, as a debugger steps over: the
   * step ends at a rule of the song's own code (or the element, or a bound of work).
   */
  stepReduction(scope: StepScope = "all"): ReductionStep | ElementStep {
    const machine = this.interpreter.machine;
    const trailBefore = machine.trail?.length ?? 0;
    const matched: Span[] = [];
    const before = this.currentTerm();
    const songFiles = this.ownFiles();
    machine.matched = matched;
    let result: ElementStep | typeof PAUSED = PAUSED, term = before;
    for (let taken = 1, unchanged = 0; ; taken++) {
      result = this.advance(1);
      if (result !== PAUSED) break;
      if (taken >= steppedOverLimit) {
        term = this.currentTerm();
        break;
      }
      const span = machine.lastRule?.span;
      if (scope === "song" && !(span && songFiles.has(span.file))) continue;
      term = this.currentTerm();
      if (term !== before || ++unchanged >= invisibleReductionLimit) break;
    }
    machine.matched = undefined;
    if (result !== PAUSED) return result;
    const call = machine.trail && machine.trail.length > trailBefore ? machine.trail[machine.trail.length - 1] : undefined;
    const rule = machine.lastRule;
    return { kind: "reduction", rule: rule?.name ?? "", call, ruleSpan: rule?.span, matched, term };
  }

  private advance(reductions: number): ElementStep | typeof PAUSED {
    let result;
    try {
      result = this.interpreter.advance(reductions);
    } catch (problem) {
      return this.failed(problem);
    }
    if (result === PAUSED) return PAUSED;
    if (result === END) return { kind: "end", time: this.timeMs };
    const reduced = this.interpreter.reduced;
    const origin = this.notePlace(result);
    const element = playedElement(this.timeMs, result, reduced, origin ? [origin] : reduced.length > 0 ? this.songSpans(reduced) : noSpans);
    if (element.exactWait !== 0) this.pass(element.exactWait);
    return element.file ? this.written(element, element.file) : element;
  }

  /** A `WriteFile` element, written where the song may write files; else it is reported. */
  private written(element: PlayedElement, file: SongFile): PlayedElement {
    const problem = this.options.writeFile
      ? this.options.writeFile(file)
      : `${file.path} is not written: a song writes files only when it runs from the command line (refrain play, render or events)`;
    return problem ? element.skipped(problem) : element;
  }

  /** The step of a runtime error (any other problem is a bug, and thrown on). */
  private failed(problem: unknown): ElementStep {
    if (!(problem instanceof RuntimeError)) throw problem;
    const span = problem.position;
    const diagnostic = error(span ?? { file: this.program.texts.get(this.mainModule)?.file ?? "", start: 0, end: 0 }, problem.fullMessage);
    return { kind: "error", time: this.timeMs, message: this.format(diagnostic), span, runaway: problem.runaway };
  }

  /** Time moves on by a Wait (`timeMs` follows, so that no other element converts the exact sum). */
  private pass(wait: Num): void {
    this.time = add(this.time, wait);
    this.timeMs = toFloat(this.time);
  }

  /** The song's own modules: their files, each with its text. */
  private ownFiles(): ReadonlyMap<string, string> {
    return (this.songTexts ??= new Map(this.modules().map((module) => [module.file, module.text])));
  }

  /**
   * Where a note of a score was written (reduce/origins.ts): that is where it is highlighted,
   * unless its module was edited since it was made (its place may have moved).
   */
  private notePlace(element: unknown): Span | undefined {
    const origin = originOf(element);
    if (!origin) return undefined;
    return this.ownFiles().get(origin.file) === origin.text ? { file: origin.file, start: origin.start, end: origin.end } : undefined;
  }

  /** The spans in the song's own files (where the musician can see them), at most 16. */
  private songSpans(spans: readonly Span[]): Span[] {
    const songFiles = this.ownFiles();
    const own = spans.filter((span) => songFiles.has(span.file));
    return (own.length > 0 ? own : spans).slice(-16);
  }

  /** The term becomes `main` again. */
  restart(): void {
    this.interpreter.restart();
  }

  /** A live edit: the module's new text replaces the old one, or nothing changes and the diagnostics come back. */
  update(moduleName: string, text: string): Diagnostic[] {
    const current = this.program.texts.get(moduleName);
    if (!current || current.library) {
      return [error({ file: moduleName, start: 0, end: 0 }, `\`${moduleName}\` is not one of this song's modules`)];
    }
    const texts = new Map(this.program.texts);
    texts.set(moduleName, { ...current, text });
    const result = this.compiler.compile(texts, this.mainModule, this.reader);
    if (!result.program || hasErrors(result.diagnostics)) return this.refused(result.diagnostics);
    // A term that is still `main` as it starts holds nothing: it becomes the new program's `main`.
    const atStart = this.interpreter.atStart;
    const removed = atStart ? [] : this.compiler.removedBy(result.program);
    const held = atStart ? new Map<GlobalCell, Span | undefined>() : this.cellsHeld();
    const stillUsed = removed.filter((cell) => held.has(cell));
    if (stillUsed.length > 0) {
      const names = stillUsed.map((cell) => `\`${cell.name}\``).join(", ");
      return this.refused([error({ file: current.file, start: 0, end: 0 },
        `this edit removes ${names}, but the music playing now still uses ${stillUsed.length > 1 ? "them" : "it"}; keep ${stillUsed.length > 1 ? "them" : "it"} until the current term no longer refers to ${stillUsed.length > 1 ? "them" : "it"}`)]);
    }
    const retyped = this.retypedButHeld(result.program, held);
    if (retyped.length > 0) return this.refused(retyped);
    const changed = changedDefinitions(this.program, result.program, moduleName);
    this.commit(result.program);
    this.program = result.program;
    this.songTexts = undefined;
    this.lastHearing = atStart ? undefined : editHearing(changed, new Set(held.keys()), result.program.mainCell, result.program.definitions);
    if (atStart) this.interpreter.restart();
    return [...result.diagnostics];
  }

  /** How the last applied edit is heard (from what the running term held when it was applied). */
  hearing(): EditHearing | undefined {
    return this.lastHearing;
  }

  /** `program` becomes the version playing: its definitions go live, constants shared under the old one are dropped. */
  private commit(program: Program): void {
    this.compiler.commit(program);
    programCommitted(this.compiler.sharedConstants, this.compiler.allCells());
  }

  /**
   * A refused edit's diagnostics are printed now, against the refused text; then the sources go
   * back to the texts playing, so that a later runtime error shows the code that is running.
   */
  private refused(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    for (const diagnostic of diagnostics) this.printed.set(diagnostic, this.format(diagnostic));
    this.compiler.restoreSources(this.program);
    return [...diagnostics];
  }

  /** The top-level names the running term and the machine's stack hold, with a place of code using each. */
  private cellsHeld(): Map<GlobalCell, Span | undefined> {
    const machine = this.interpreter.machine;
    const roots = [this.interpreter.root, machine.control, machine.env, machine.value, ...machine.stack.frames().flatMap((frame) => Object.values(frame))];
    return cellsInUse(roots);
  }

  /**
   * The paper's second check: every name the running term holds keeps a type at least as general
   * as the one it has now, or the edit is refused at the name's new definition.
   */
  private retypedButHeld(next: Program, held: ReadonlyMap<GlobalCell, Span | undefined>): Diagnostic[] {
    const environment = next.typeEnvironment;
    const problems: Diagnostic[] = [];
    for (const [cell, use] of held) {
      const before = this.program.scheme(cell), after = next.scheme(cell);
      if (!before || !after) continue;
      // Code playing passes a function the dictionaries its context asks for, in order: that must stay as it is.
      const sameContext = contextClasses(before) === contextClasses(after);
      if (sameContext && isAtLeastAsGeneral(after, before, environment)) continue;
      const span = next.definitions.get(cell)?.span ?? { file: next.texts.get(this.mainModule)?.file ?? "", start: 0, end: 0 };
      const change = sameContext ? "" : ", which changes the classes it asks of its caller (code playing now passes what it asks now)";
      const message = `\`${cell.name}\` has the type \`${printScheme(before)}\` in the music playing now, and this edit makes it \`${printScheme(after)}\`${change}. `
        + `The edit is refused and the music goes on; apply it once the music no longer uses \`${cell.name}\`, or keep its type${sameContext ? "" : " (a signature keeps it)"}`;
      // The place is in the code playing now: shown only where the edit leaves its text as it is.
      const unchanged = use !== undefined && [...next.texts.values()].some((text) => text.file === use.file && this.program.texts.get(text.name)?.text === text.text);
      const notes = unchanged ? [{ span: use, message: `the music playing now still uses \`${cell.name}\` here` }] : [];
      problems.push({ ...error(span, message), notes });
    }
    return problems;
  }

  /** An expression, in the main module's scope, becomes the current term. */
  playTerm(expression: string): Diagnostic[] {
    const { lambda, diagnostics } = this.compiler.compileExpression(this.program, this.mainModule, "<term>", expression, { played: true });
    if (!lambda) return diagnostics;
    this.interpreter.replaceTerm(new Thunk(lambda.body, new Array(lambda.slots)));
    return diagnostics;
  }

  /** The current term, readable and cut to size. */
  currentTerm(): string {
    return this.printedTerm().text;
  }

  /** The current term with the position of the subterm being reduced; `limits` print it deeper or shallower. */
  printedTerm(limits?: Partial<TermLimits>): PrintedTerm {
    return { ...printTerm(this.interpreter.root, this.interpreter.machine, limits), parts: this.partsToCome() };
  }

  /** The song's own definitions (not `main`) that the term still holds, in the order of the song's files and text. */
  private partsToCome(): TermPart[] {
    const files = [...this.ownFiles().keys()];
    const parts: TermPart[] = [];
    for (const cell of this.cellsHeld().keys()) {
      const span = cell.definition?.span;
      if (span && files.includes(span.file) && cell !== this.program.mainCell) parts.push({ name: cell.name, span });
    }
    return parts.sort((a, b) => files.indexOf(a.span.file) - files.indexOf(b.span.file) || a.span.start - b.span.start);
  }

  /** Sliders and checkboxes the song reads (module `Controller`). */
  controls(): Control[] {
    return this.controlTable.list();
  }

  setControl(name: string, value: number): void {
    this.controlTable.set(name, value);
  }

  /** Controls as they were in another session of the song (moved values kept until the song reads them). */
  restoreControls(controls: readonly Control[]): void {
    this.controlTable.restore(controls);
  }

  /**
   * Evaluates an expression fully in the main module's scope and shows it (`refrain eval`, the
   * studio's Apply term). A machine of its own leaves an element being single-stepped as it was.
   * Live (with a time budget), it may take 2 s at most.
   */
  evaluate(expression: string): Evaluation {
    const { lambda, diagnostics, shown } = this.compiler.compileExpression(this.program, this.mainModule, "<expression>", expression, { shown: true });
    if (!lambda) return { diagnostics };
    const timeBudget = this.options.timeBudget === undefined ? undefined : evaluationTimeBudget;
    const machine = new Machine({ strategy: this.interpreter.machine.strategy, timeBudget, computing: "the expression" });
    try {
      machine.beginNormalize(new Thunk(lambda.body, new Array(lambda.slots)));
      const value = machine.run(this.options.stepBudget ?? 10_000_000);
      return { value: shown ? listToString(value)! : showValue(value) };
    } catch (problem) {
      if (!(problem instanceof RuntimeError)) throw problem;
      const span = problem.position ?? { file: "<expression>", start: 0, end: 0 };
      return { error: this.format(error(span, problem.fullMessage)) };
    }
  }

  /** Statistics of the interpreter (reductions and rules fired so far). */
  get statistics(): { steps: number; firings: number } {
    const { steps, firings } = this.interpreter.machine;
    return { steps, firings };
  }
}

/** The classes of a scheme's context, in order: the dictionaries a caller passes. */
function contextClasses(scheme: Scheme): string {
  return scheme.context.map((predicate) => predicate.classId).join(", ");
}
