// Every submission to the song (who, when, module, text, result) as one JSON line appended to a
// file, written and flushed before the submitter is answered; read back when the studio reopens.
// Entries that arrive while a write is under way are written together in the next one. A last
// line cut short (a crash, a full disk) is cut off the file on open and kept aside, and a failed
// write is cut off at once, so the next entry always starts on a line of its own; damage
// anywhere else stops the studio with a message (StateError).

import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { damaged } from "./state-error.ts";

/** What became of a submission; the first four make a new version of the module. */
export type Outcome = "loaded" | "applied" | "restored" | "rolled back" | "refused" | "conflict" | "limited";

const versionMaking: ReadonlySet<Outcome> = new Set(["loaded", "applied", "restored", "rolled back"]);

export function makesVersion(outcome: Outcome): boolean {
  return versionMaking.has(outcome);
}

export interface HistoryEntry {
  readonly sequence: number;
  /** ISO time of the submission. */
  readonly time: string;
  readonly who: string;
  readonly module: string;
  /** The version the submission was made on, when it named one. */
  readonly base?: number;
  /** The whole module text submitted (header and region); empty when only its size and digest are kept. */
  readonly text: string;
  /** Bytes of a text not kept. */
  readonly bytes?: number;
  /** The start of the SHA-256 of a text not kept (hex). */
  readonly digest?: string;
  /** Limited submissions of the same author answered since its previous entry but not written one by one. */
  readonly unwrittenBefore?: number;
  readonly outcome: Outcome;
  /** The module's version after this entry. */
  readonly version: number;
  /** Why it was refused, conflicted, limited or rolled back (printed diagnostics). */
  readonly problems?: readonly string[];
}

export type NewEntry = Omit<HistoryEntry, "sequence" | "time">;

export class History {
  private readonly entries: HistoryEntry[];
  private queue: { line: string; done: () => void; failed: (error: Error) => void }[] = [];
  private writing = false;
  /** Bytes of the file that hold whole entries. */
  private bytes: number;

  private constructor(private readonly file: FileHandle | undefined, entries: HistoryEntry[], bytes: number,
    /** What was repaired on open, for the server to say. */
    readonly repaired: string | undefined) {
    this.entries = entries;
    this.bytes = bytes;
  }

  /** The history in `path` (created if missing), or one kept in memory only. */
  static async open(path?: string): Promise<History> {
    if (!path) return new History(undefined, [], 0, undefined);
    mkdirSync(dirname(path), { recursive: true });
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== "ENOENT") throw failure;
    }
    const { entries, whole } = readEntries(path, text);
    let repaired: string | undefined;
    const bytes = Buffer.byteLength(text.slice(0, whole));
    if (whole < text.length) {
      const aside = `${path}.cut-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      writeFileSync(aside, text.slice(whole), { mode: 0o600 });
      truncateSync(path, bytes);
      repaired = `${path}: its last entry was cut short (a crash or a full disk); it was cut off and kept in ${aside}`;
    }
    const handle = await open(path, "a", 0o600);
    return new History(handle, entries, bytes, repaired);
  }

  /** Records an entry at once; `written` resolves when it is on disk. */
  append(entry: NewEntry): { entry: HistoryEntry; written: Promise<void> } {
    const recorded: HistoryEntry = { sequence: this.entries.length + 1, time: new Date().toISOString(), ...entry };
    this.entries.push(recorded);
    if (!this.file) return { entry: recorded, written: Promise.resolve() };
    const written = new Promise<void>((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(recorded)}\n`, done: resolve, failed: reject });
      void this.write();
    });
    return { entry: recorded, written };
  }

  all(): readonly HistoryEntry[] {
    return this.entries;
  }

  entry(sequence: number): HistoryEntry | undefined {
    return this.entries[sequence - 1];
  }

  /** The latest entry that made a version of `module`. */
  latest(module: string): HistoryEntry | undefined {
    return this.lastWhere((entry) => entry.module === module && makesVersion(entry.outcome));
  }

  /** The entry that made `version` of `module`. */
  version(module: string, version: number): HistoryEntry | undefined {
    return this.lastWhere((entry) => entry.module === module && entry.version === version && makesVersion(entry.outcome));
  }

  private lastWhere(test: (entry: HistoryEntry) => boolean): HistoryEntry | undefined {
    for (let index = this.entries.length - 1; index >= 0; index--) if (test(this.entries[index])) return this.entries[index];
    return undefined;
  }

  async close(): Promise<void> {
    while (this.writing || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.file?.close();
  }

  private async write(): Promise<void> {
    if (this.writing || !this.file) return;
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      const bytes = Buffer.from(batch.map((item) => item.line).join(""));
      try {
        // A short write (the disk filling) is followed by another, which then fails with the cause.
        for (let written = 0; written < bytes.length; ) written += (await this.file.write(bytes, written)).bytesWritten;
        await this.file.datasync();
        this.bytes += bytes.length;
        for (const item of batch) item.done();
      } catch (failure) {
        // Whatever part was written is cut off again, so the next entry starts on a line of its own;
        // the entries are forgotten, as on disk (the desk appends one at a time: they are the last).
        await this.file.truncate(this.bytes).catch(() => {});
        this.entries.splice(this.entries.length - batch.length, batch.length);
        for (const item of batch) item.failed(failure as Error);
      }
    }
    this.writing = false;
  }
}

/**
 * The entries of a history file's text, and how many characters of it hold whole entries: all of
 * it, or all but a last line cut short. A damaged line before the last is a StateError.
 */
function readEntries(path: string, text: string): { entries: HistoryEntry[]; whole: number } {
  const entries: HistoryEntry[] = [];
  let start = 0;
  let number = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    number++;
    let entry: HistoryEntry | undefined;
    try {
      entry = JSON.parse(line) as HistoryEntry;
    } catch {
      entry = undefined;
    }
    const last = end < 0 || end === text.length - 1;
    if (entry === undefined || typeof entry !== "object" || typeof entry.sequence !== "number" || end < 0) {
      if (last) return { entries, whole: start };
      if (line.trim() !== "") throw damaged(path, "every submission made to the song", `line ${number} is not an entry`);
    } else entries.push(entry);
    start = end + 1;
  }
  return { entries, whole: text.length };
}
