// A song evaluated in a worker thread, as the studio sees it (`Song`): the modules, their types
// and the controls are mirrored here; elements are pulled a Wait at a time; edits, terms and
// evaluations are requests answered in order. The worker has a memory limit of its own. If it
// dies (out of memory) or stops answering, it is replaced by a new one made from the texts that
// were playing, and the music stops with an error step saying why: the studio then rolls back
// the edit behind it and resumes, as after any other failure.

import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { ElementStep } from "../events/index.ts";
import { PENDING, type Pending } from "../schedule/index.ts";
// The session's small modules, not its index: this thread never loads the compiler.
import { ControlTable } from "../session/controls.ts";
import { defaultMemoryLimit } from "../session/places.ts";
import { SongError } from "../session/song-error.ts";
import type { Control, EditHearing, Evaluation, ReductionStep, StepScope } from "../session/index.ts";
import type { PrintedTerm, TermLimits } from "../show/index.ts";
import { formatDiagnostic, Source, type Diagnostic } from "../text/index.ts";
import type { TypeNote } from "../types/index.ts";
import type { SongCall, SongCalls, SongReport, SongState, SongThreadData, ThreadSessionOptions } from "./song-messages.ts";
import { startWorker } from "./start-worker.ts";

/** Silence from a worker with requests outstanding after which it is taken to be stuck, and replaced. */
export const defaultWatchdog = 5000;

/** Megabytes the worker's heap may take beyond the song's memory limit (the program, the collector's room). */
const heapMargin = 512;

interface OutstandingCall {
  readonly resolve: (answer: never) => void;
  readonly reject: (failure: Error) => void;
}

type Request<K extends keyof SongCalls> = SongCalls[K]["request"];

export interface IsolatedSongOptions extends ThreadSessionOptions {
  /** Milliseconds without an answer, while requests wait, before the worker is replaced (default 5 s). */
  watchdog?: number;
  /** Megabytes of old generation the worker's heap may fill before it is ended (default: the memory limit and a margin). */
  workerHeap?: number;
}

export class IsolatedSong {
  private worker!: Worker;
  private state!: SongState;
  /** The song's controls as the worker last reported them, with the moves made here since. */
  private readonly controlTable = new ControlTable();
  private readonly calls = new Map<number, OutstandingCall>();
  private nextId = 0;
  /** Elements pulled from the worker, not yet taken by the scheduler. */
  private buffer: ElementStep[] = [];
  /** The pull being answered (its request's id), if any: steps of any other are of a term since replaced. */
  private pulling: number | undefined;
  private wake: () => void = () => {};
  private timeMs = 0;
  private watchdogTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  /** The current worker has loaded the song (the watchdog waits for that). */
  private loaded = false;
  /** Why the current worker is ending, when it is made to end or fails. */
  private ending: "stuck" | "memory" | undefined;
  /** Diagnostics printed against the text they were made on (a refused edit's, an expression). */
  private readonly printed = new WeakMap<Diagnostic, string>();
  /** The library's files, read when a message quotes them. */
  private readonly files = new Map<string, Source>();

  private constructor(private readonly file: string, private readonly options: IsolatedSongOptions) {}

  /** Opens `file` in a worker; throws SongError (with its printed report) when it does not load. */
  static async open(file: string, options: IsolatedSongOptions = {}): Promise<IsolatedSong> {
    const song = new IsolatedSong(file, options);
    await song.spawn();
    return song;
  }

  /** Warnings from loading, printed. */
  warnings: readonly string[] = [];

  modules(): { name: string; file: string; text: string }[] {
    return this.state.modules.map((module) => ({ ...module }));
  }

  typeNotes(moduleName: string): readonly TypeNote[] {
    return this.state.notes[moduleName] ?? [];
  }

  hearing(): EditHearing | undefined {
    return this.state.hearing;
  }

  controls(): Control[] {
    return this.controlTable.list();
  }

  setControl(name: string, value: number): void {
    this.controlTable.set(name, value);
    void this.call("control", { name, value }).catch(() => {});
  }

  format(diagnostic: Diagnostic): string {
    return this.printed.get(diagnostic) ?? formatDiagnostic(diagnostic, (file) => this.source(file));
  }

  listen(ready: () => void): void {
    this.wake = ready;
  }

  next(): ElementStep | Pending {
    const step = this.buffer.shift();
    if (step !== undefined) {
      this.timeMs = step.time;
      return step;
    }
    if (this.pulling === undefined) this.pull();
    return PENDING;
  }

  restart(): void {
    this.dropPulled();
    void this.call("restart", {}).catch(() => {});
  }

  async update(moduleName: string, text: string): Promise<Diagnostic[]> {
    const file = this.state.modules.find((module) => module.name === moduleName)?.file;
    const diagnostics = await this.call("update", { module: moduleName, text });
    return this.printedOn(diagnostics, file, text);
  }

  async playTerm(expression: string): Promise<Diagnostic[]> {
    this.dropPulled();
    return this.printedOn(await this.call("playTerm", { expression }), "<term>", expression);
  }

  async evaluate(expression: string): Promise<Evaluation> {
    const evaluation = await this.call("evaluate", { expression });
    if ("diagnostics" in evaluation) this.printedOn(evaluation.diagnostics, "<expression>", expression);
    return evaluation;
  }

  stepReduction(scope: StepScope = "all"): Promise<ReductionStep | ElementStep> {
    return this.call("reduce", { scope });
  }

  /** The next pull first plays on silently to `time`; its steps come as any pull's do. */
  async skipTo(time: number): Promise<void> {
    this.dropPulled();
    this.pull(time);
  }

  printedTerm(limits?: Partial<TermLimits>): Promise<PrintedTerm> {
    return this.call("term", { limits });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.watchdogTimer);
    await this.worker.terminate();
  }

  /** Starts a worker on the texts playing now (the files' at first) and the controls as they are. */
  private spawn(): Promise<void> {
    const moduleTexts = this.state && Object.fromEntries(this.state.modules.map((module) => [module.name, module.text]));
    const data: SongThreadData = { file: this.file, options: { ...this.threadOptions(), ...(moduleTexts ? { moduleTexts } : {}) }, controls: this.controlTable.list() };
    const heap = this.heapLimit();
    const resourceLimits = heap === Infinity ? undefined : { maxOldGenerationSizeMb: heap };
    const entry = new URL(`./song-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
    const worker = startWorker(entry, { workerData: data, resourceLimits });
    this.worker = worker;
    this.ending = undefined;
    this.loaded = false;
    return new Promise((resolve, reject) => {
      let loaded = false;
      worker.on("message", (report: SongReport) => {
        if (report.kind === "loaded") {
          loaded = this.loaded = true;
          this.state = report.state;
          this.controlTable.restore(report.controls);
          this.warnings = report.warnings;
          this.watch();
          resolve();
        } else if (report.kind === "failed") reject(new SongError([], report.report));
        else if (report.kind === "step") this.pulled(report.id, report.step);
        else this.answered(report);
      });
      worker.on("error", (failure: NodeJS.ErrnoException) => {
        if (failure.code === "ERR_WORKER_OUT_OF_MEMORY" && worker === this.worker) this.ending ??= "memory";
        if (!loaded) reject(new SongError([], `${this.file}: error: ${failure.message}`));
      });
      worker.on("exit", () => {
        if (worker === this.worker && loaded && !this.closed) this.died(this.endReason());
        if (!loaded) reject(new SongError([], `${this.file}: error: the song's evaluation ended before it loaded`));
      });
    });
  }

  /** Megabytes of old generation the worker may fill. */
  private heapLimit(): number {
    return this.options.workerHeap ?? (this.options.memoryLimit ?? defaultMemoryLimit) + heapMargin;
  }

  private threadOptions(): ThreadSessionOptions {
    const { watchdog: _watchdog, workerHeap: _workerHeap, ...options } = this.options;
    return options;
  }

  private call<K extends keyof SongCalls>(kind: K, request: Request<K>): Promise<SongCalls[K]["answer"]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (answer: never) => void, reject });
      this.worker.postMessage({ id, kind, ...request } as SongCall);
      this.watch();
    });
  }

  private answered(report: Extract<SongReport, { kind: "answer" }>): void {
    if (report.state) this.state = report.state;
    if (report.controls) this.controlTable.restore(report.controls);
    const call = this.calls.get(report.id);
    this.calls.delete(report.id);
    this.watch();
    if (report.failure !== undefined) call?.reject(new Error(report.failure));
    else call?.resolve(report.answer as never);
  }

  private pull(from?: number): void {
    const id = (this.pulling = this.nextId);
    this.call("pull", from === undefined ? {} : { from }).then(
      () => {
        if (id !== this.pulling) return;
        this.pulling = undefined;
        this.wake();
      },
      (failure: Error) => {
        if (id !== this.pulling) return;
        this.pulling = undefined;
        this.buffer.push({ kind: "error", time: this.timeMs, message: `${this.file}: error: ${failure.message}` });
        this.wake();
      },
    );
  }

  /** A step of the pull `id`; dropped when it belongs to a term since replaced. */
  private pulled(id: number, step: ElementStep): void {
    this.watch();
    if (id !== this.pulling) return;
    this.buffer.push(step);
    this.wake();
  }

  /** What was pulled belongs to the term before a restart, a new term or a skip. */
  private dropPulled(): void {
    this.buffer = [];
    this.pulling = undefined;
  }

  /** While requests wait, the worker must answer within the watchdog's time. */
  private watch(): void {
    clearTimeout(this.watchdogTimer);
    this.watchdogTimer = undefined;
    if (this.calls.size === 0 || this.closed || !this.loaded) return;
    const limit = this.options.watchdog ?? defaultWatchdog;
    this.watchdogTimer = setTimeout(() => {
      this.ending = "stuck";
      void this.worker.terminate();
    }, limit);
  }

  /**
   * The worker is gone: every request waiting is failed, a new worker starts on the texts that
   * were playing, and the music stops with an error step (the studio rolls back the edit behind it).
   */
  private died(reason: string): void {
    clearTimeout(this.watchdogTimer);
    const waiting = [...this.calls.values()];
    this.calls.clear();
    for (const call of waiting) call.reject(new Error(reason));
    this.dropPulled();
    this.buffer.push({ kind: "error", time: this.timeMs, message: `${this.file}: error: ${reason}`, runaway: true });
    this.spawn().catch((problem: SongError) => {
      this.buffer.push({ kind: "error", time: this.timeMs, message: problem.report });
      this.wake();
    });
    this.wake();
  }

  private endReason(): string {
    if (this.ending === "stuck") return `the song's evaluation stopped answering for ${((this.options.watchdog ?? defaultWatchdog) / 1000).toLocaleString("en-US")} s`;
    if (this.ending === "memory") return `the song's evaluation ran out of memory (its heap is limited to ${this.heapLimit().toLocaleString("en-US")} MB)`;
    return "the song's evaluation stopped";
  }

  /** Diagnostics made on `text` (the file's text in the request) are printed against it now. */
  private printedOn(diagnostics: Diagnostic[], file: string | undefined, text: string): Diagnostic[] {
    const made = file === undefined ? undefined : new Source(file, text);
    for (const diagnostic of diagnostics) {
      this.printed.set(diagnostic, formatDiagnostic(diagnostic, (other) => (other === file ? made : this.source(other))));
    }
    return diagnostics;
  }

  /** A file's text as it plays now (a song module), or as it is on disk (the library). */
  private source(file: string): Source | undefined {
    const module = this.state.modules.find((candidate) => candidate.file === file);
    if (module) return new Source(file, module.text);
    let source = this.files.get(file);
    if (source === undefined) {
      try {
        source = new Source(file, readFileSync(file, "utf8"));
      } catch {
        return undefined;
      }
      this.files.set(file, source);
    }
    return source;
  }
}
