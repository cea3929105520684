// The edit desk: every change to the song's modules passes here. A submission (a whole module
// from the conductor, the region below the marker from a participant) becomes a live edit, or
// is refused, found in conflict with a newer version, or limited; each is in the history on
// disk before it is answered. Restores and automatic rollbacks of edits that broke the music are edits too.
// An applied edit is written to its file only once the running song has accepted it. The song
// compiles edits elsewhere (asynchronously): the desk takes one change at a time, in order.
// What is stored is bounded: a limited submission keeps only its size and a digest, and a run of
// them within a second is one entry with a count; a refused one keeps its text while its author's
// budget of stored bytes lasts.

import { createHash } from "node:crypto";
import type { Diagnostic } from "../text/index.ts";
import { hasErrors } from "../text/index.ts";
import type { Access } from "./access.ts";
import { type History, type HistoryEntry, type NewEntry, type Outcome } from "./history.ts";
import { RateLimiter, type CollaborationLimits } from "./limits.ts";
import { withRegion } from "./marker.ts";
import { mergeTexts } from "./three-way.ts";

/** What the desk needs of the song (the studio's Song satisfies it). */
export interface EditableSong {
  modules(): { name: string; file: string; text: string }[];
  update(moduleName: string, text: string): Promise<Diagnostic[]>;
  format(diagnostic: Diagnostic): string;
}

export interface Author {
  readonly name: string;
  /** One rate-limit bucket per key (an invitation, or the conductor). */
  readonly key: string;
  readonly conductor: boolean;
}

export interface Submission {
  readonly author: Author;
  readonly module: string;
  /** The version the text was made on; a newer current version is a conflict. */
  readonly base?: number;
  /** The whole module (`whole`, the conductor only) or the region below its marker. */
  readonly text: string;
  readonly part: "whole" | "region";
  /** Handed back to the listener with the applied version (who sent it). */
  readonly origin?: unknown;
}

/**
 * A conflict: the module as it is now, and (when the history keeps it) the version the refused
 * edit was made on, as it was: with the edit, the three texts of the author's merge view.
 */
export interface Conflict {
  readonly version: number;
  readonly text: string;
  readonly original?: { readonly version: number; readonly text: string };
}

export interface Verdict {
  readonly outcome: Outcome;
  readonly entry: HistoryEntry;
  /** The whole module text submitted (the entry may keep only its size and digest). */
  readonly text: string;
  /** Errors and warnings of the compiler, positioned in `text`. */
  readonly diagnostics: readonly Diagnostic[];
  /** A conflict, with what the author's merge view shows. */
  readonly current?: Conflict;
  /** Applied after merging with the changes that made this version, made since the submission's base. */
  readonly mergedOver?: number;
  /** Set when the edit was applied but its file could not be written. */
  readonly unsaved?: string;
}

export interface DeskListener {
  /** A new version of a module is playing. */
  applied(entry: HistoryEntry, origin: unknown): void;
  /** Any entry was added to the history (for the conductor's live view). */
  recorded(entry: HistoryEntry): void;
  /** An accepted edit could not be written to its file. */
  unsaved(module: string, problem: string): void;
}

/** Bytes of refused and conflicting texts kept in the history per author, and in all (beyond: size and digest only). */
export const storedBytesPerAuthor = 1024 * 1024;
export const storedBytesInAll = 64 * 1024 * 1024;

/** Size and digest: what the history keeps of a text it does not keep whole. */
function fingerprint(text: string): { text: ""; bytes: number; digest: string } {
  return { text: "", bytes: Buffer.byteLength(text), digest: createHash("sha256").update(text).digest("hex").slice(0, 16) };
}

/** An applied edit waiting to be accepted by the running song before it is written to its file. */
interface PendingSave {
  readonly file: string;
  readonly text: string;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class EditDesk {
  private readonly versions = new Map<string, number>();
  private readonly rate: RateLimiter;
  /** When each module was last edited by a submission (performance.now()). */
  private readonly edited = new Map<string, number>();
  /** Edits the running song has not yet accepted, by module: saved when their rollback window has passed. */
  private readonly pendingSaves = new Map<string, PendingSave>();
  /** Bytes of texts not applied that the history kept, by author key, and in all. */
  private readonly storedBytes = new Map<string, number>();
  private storedInAll = 0;
  /** When each author's latest limited submission was written, and how many came after it unwritten. */
  private readonly limitedRuns = new Map<string, { at: number; unwritten: number }>();
  /** The change being made: the next waits for it. */
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly song: EditableSong,
    readonly history: History,
    private readonly access: Access,
    private readonly limits: CollaborationLimits,
    private readonly save: (file: string, text: string) => Promise<void>,
    private readonly listener: DeskListener,
  ) {
    this.rate = new RateLimiter(limits.submissionsPerSecond);
  }

  /** Picks up the history; a module whose text differs from its last version there becomes a new version. */
  static async open(song: EditableSong, history: History, access: Access, limits: CollaborationLimits,
    save: (file: string, text: string) => Promise<void>, listener: DeskListener): Promise<EditDesk> {
    const desk = new EditDesk(song, history, access, limits, save, listener);
    for (const module of song.modules()) {
      const latest = history.latest(module.name);
      desk.versions.set(module.name, latest?.version ?? 0);
      if (latest?.text === module.text) continue;
      const version = latest ? latest.version + 1 : 0;
      desk.versions.set(module.name, version);
      await history.append({ who: "disk", module: module.name, text: module.text, outcome: "loaded", version }).written;
    }
    return desk;
  }

  version(module: string): number {
    return this.versions.get(module) ?? 0;
  }

  submit(submission: Submission): Promise<Verdict> {
    return this.inTurn(() => this.take(submission));
  }

  private async take(submission: Submission): Promise<Verdict> {
    const { author, module: name, base, part } = submission;
    const module = this.song.modules().find((candidate) => candidate.name === name);
    if (!module) throw new Error(`unknown module ${name}`);
    const current = this.version(name);
    const text = part === "region" ? withRegion(module.text, submission.text) : submission.text;
    const entry = (outcome: Outcome, problems?: readonly string[], version = current): NewEntry =>
      ({ who: author.name, module: name, ...(base === undefined ? {} : { base }), text, outcome, version, ...(problems ? { problems } : {}) });
    if (Buffer.byteLength(submission.text) > this.limits.submissionBytes) {
      return this.limited(author, entry("limited", [`the submission is larger than ${this.limits.submissionBytes / 1024} KiB`]));
    }
    if (!author.conductor && !this.rate.allow(author.key)) {
      return this.limited(author, entry("limited", [`more than ${this.limits.submissionsPerSecond} submissions a second: wait a moment`]));
    }
    if (!author.conductor && this.access.isLocked(name)) {
      return this.verdict(this.bounded(author, entry("refused", [`the conductor has locked ${name}`])), [], undefined, text);
    }
    if (base !== undefined && base !== current) {
      // Made on an older version: merged with the changes made since where they touch other
      // lines; else a conflict, answered with both versions for the author's merge view.
      const original = this.history.version(name, base)?.text;
      const merged = original === undefined ? undefined : mergeTexts(text, original, module.text);
      if (merged !== undefined) {
        const verdict = await this.apply({ ...entry("applied", undefined, current + 1), text: merged }, name, module.file, submission.origin, author);
        return verdict.outcome === "applied" ? { ...verdict, mergedOver: current } : verdict;
      }
      const problem = `${name} changed while you edited it (you started from version ${base}, it is now version ${current}), on the same lines`;
      const kept = original === undefined ? {} : { original: { version: base, text: original } };
      return this.verdict(this.bounded(author, entry("conflict", [problem])), [], { version: current, text: module.text, ...kept }, text);
    }
    return this.apply(entry("applied", undefined, current + 1), name, module.file, submission.origin, author);
  }

  /**
   * A limited submission: written without its text; further ones of the same author within a
   * second are answered but not written, and counted in the next one written.
   */
  private limited(author: Author, entry: NewEntry): Promise<Verdict> {
    const now = performance.now();
    const run = this.limitedRuns.get(author.key);
    const kept: NewEntry = { ...entry, ...fingerprint(entry.text) };
    if (run && now - run.at < 1000) {
      run.unwritten++;
      const unwritten: HistoryEntry = { ...kept, sequence: 0, time: new Date().toISOString() };
      return Promise.resolve({ outcome: "limited", entry: unwritten, text: entry.text, diagnostics: [] });
    }
    this.limitedRuns.set(author.key, { at: now, unwritten: 0 });
    return this.verdict(run?.unwritten ? { ...kept, unwrittenBefore: run.unwritten } : kept, [], undefined, entry.text);
  }

  /** An entry not applied keeps its text while its author's budget of stored bytes lasts. */
  private bounded(author: Author, entry: NewEntry): NewEntry {
    const bytes = Buffer.byteLength(entry.text);
    const stored = this.storedBytes.get(author.key) ?? 0;
    if (stored + bytes > storedBytesPerAuthor || this.storedInAll + bytes > storedBytesInAll) return { ...entry, ...fingerprint(entry.text) };
    this.storedBytes.set(author.key, stored + bytes);
    this.storedInAll += bytes;
    return entry;
  }

  /** The conductor takes back an edit: entry `sequence`'s text becomes the module's new version. */
  restore(sequence: number, author: Author): Promise<Verdict | undefined> {
    return this.inTurn(async () => {
      const chosen = this.history.entry(sequence);
      const module = chosen && this.song.modules().find((candidate) => candidate.name === chosen.module);
      if (!chosen || !module) return undefined;
      const version = this.version(module.name) + 1;
      return this.apply({ who: author.name, module: module.name, text: chosen.text, outcome: "restored", version }, module.name, module.file, undefined, author);
    });
  }

  /**
   * The running song stopped (`runaway`: at a limit; else on a runtime error) shortly after an
   * edit: that edit is rolled back to the module's previous version (the edit of the module
   * where it happened, else the latest). `clearTerm` runs first: the term playing holds the
   * edit's code, and must not keep the rollback from applying.
   */
  rollBack(reason: string, file: string | undefined, runaway: boolean, clearTerm: () => void): Promise<Verdict | undefined> {
    return this.inTurn(() => this.rollBackNow(reason, file, runaway, clearTerm));
  }

  private async rollBackNow(reason: string, file: string | undefined, runaway: boolean, clearTerm: () => void): Promise<Verdict | undefined> {
    const now = performance.now();
    const recent = [...this.edited].filter(([, at]) => now - at <= this.limits.rollbackWindow).sort((a, b) => b[1] - a[1]);
    const inFile = recent.find(([name]) => this.song.modules().some((module) => module.name === name && module.file === file));
    const name = (inFile ?? recent[0])?.[0];
    const module = name && this.song.modules().find((candidate) => candidate.name === name);
    const previous = module && this.history.version(module.name, this.version(module.name) - 1);
    if (!module || !previous) return undefined;
    this.edited.delete(module.name);
    clearTerm();
    const version = this.version(module.name) + 1;
    const cause = reason.split("\n")[0].replace(/^.*?: error: /, "");
    const what = runaway ? "the edit made the music run away" : "the music failed after the edit";
    const problems = [`rolled back to version ${previous.version}: ${what} (${cause})`];
    return this.apply({ who: "studio", module: module.name, text: previous.text, outcome: "rolled back", version, problems }, module.name, module.file);
  }

  /** Applies `entry.text` to the song; refused (and recorded so) when it does not compile. */
  private async apply(entry: NewEntry, name: string, file: string, origin?: unknown, author?: Author): Promise<Verdict> {
    const previous = this.song.modules().find((module) => module.name === name)?.text;
    const diagnostics = await this.attempt(name, entry.text, file);
    if (hasErrors(diagnostics)) {
      const problems = diagnostics.map((diagnostic) => this.song.format(diagnostic));
      const refused: NewEntry = { ...entry, outcome: "refused", version: this.version(name), problems };
      return this.verdict(author ? this.bounded(author, refused) : refused, diagnostics, undefined, entry.text);
    }
    const { entry: recorded, written } = this.history.append(entry);
    const failure = await written.then(() => undefined, (problem: NodeJS.ErrnoException) => problem);
    if (failure) return this.unrecorded(entry, name, file, previous, failure);
    this.versions.set(name, entry.version);
    if (entry.outcome === "applied") this.edited.set(name, performance.now());
    this.listener.applied(recorded, origin);
    this.listener.recorded(recorded);
    this.cancelSave(name);
    if (entry.outcome === "applied") {
      this.saveWhenAccepted(name, file, entry.text);
      return { outcome: recorded.outcome, entry: recorded, text: entry.text, diagnostics };
    }
    const unsaved = await this.save(file, entry.text).then(() => undefined, (failure: Error) => failure.message);
    return { outcome: recorded.outcome, entry: recorded, text: entry.text, diagnostics, ...(unsaved ? { unsaved } : {}) };
  }

  /**
   * The history could not be written (a full disk): the edit is taken back from the song, so
   * that the song, the history and every browser agree on the version before it. Should the
   * music already use what the edit added, the song keeps it and everyone is told it is not recorded.
   */
  private async unrecorded(entry: NewEntry, name: string, file: string, previous: string | undefined, failure: NodeJS.ErrnoException): Promise<Verdict> {
    const cause = failure.code ?? failure.message;
    const unrecorded = (outcome: Outcome, version: number, problem: string): HistoryEntry =>
      ({ ...entry, outcome, version, problems: [problem], sequence: 0, time: new Date().toISOString() });
    if (previous !== undefined && !hasErrors(await this.attempt(name, previous, file))) {
      const problem = `not applied: the history could not be written (${cause}); the music goes on with version ${this.version(name)}`;
      return { outcome: "refused", entry: unrecorded("refused", this.version(name), problem), text: entry.text, diagnostics: [] };
    }
    const problem = `applied, but the history could not be written (${cause}): this version is not recorded`;
    this.versions.set(name, entry.version);
    this.listener.applied(unrecorded(entry.outcome, entry.version, problem), undefined);
    this.listener.unsaved(name, problem);
    return { outcome: entry.outcome, entry: unrecorded(entry.outcome, entry.version, problem), text: entry.text, diagnostics: [], unsaved: problem };
  }

  /**
   * An edit is written to its file once the running song has accepted it: when its rollback
   * window has passed without the music failing. So a restart never brings back an edit that
   * broke the music (it is rolled back first, or the server went down before it was saved).
   */
  private saveWhenAccepted(name: string, file: string, text: string): void {
    const timer = setTimeout(() => {
      this.pendingSaves.delete(name);
      this.save(file, text).catch((failure: Error) => this.listener.unsaved(name, failure.message));
    }, this.limits.rollbackWindow);
    timer.unref?.();
    this.pendingSaves.set(name, { file, text, timer });
  }

  private cancelSave(name: string): void {
    const pending = this.pendingSaves.get(name);
    if (pending === undefined) return;
    clearTimeout(pending.timer);
    this.pendingSaves.delete(name);
  }

  /** The server is closing: edits still waiting broke nothing while it ran, and are saved now. */
  async saveAll(): Promise<void> {
    const pending = [...this.pendingSaves];
    for (const [name] of pending) this.cancelSave(name);
    await Promise.all(pending.map(([name, { file, text }]) => this.save(file, text).catch((failure: Error) => this.listener.unsaved(name, failure.message))));
  }

  /** Records `entry` (made from the submitted `text`) and answers with it. */
  private async verdict(entry: NewEntry, diagnostics: readonly Diagnostic[] = [], current?: Verdict["current"], text = entry.text): Promise<Verdict> {
    const { entry: recorded, written } = this.history.append(entry);
    await written;
    this.listener.recorded(recorded);
    return { outcome: recorded.outcome, entry: recorded, text, diagnostics, ...(current ? { current } : {}) };
  }

  /** A failing request to the song becomes a diagnostic instead of taking the server down. */
  private attempt(name: string, text: string, file: string): Promise<Diagnostic[]> {
    return this.song.update(name, text).catch((failure: Error) => [{ severity: "error", message: failure.message, span: { file, start: 0, end: 0 } }]);
  }

  /** Runs one change after the changes before it have ended. */
  private inTurn<T>(change: () => Promise<T>): Promise<T> {
    const done = this.turn.then(change);
    this.turn = done.catch(() => {});
    return done;
  }
}
