// Every submission to the song (who, when, module, text, result) as one JSON line appended to a
// file, written and flushed before the submitter is answered; read back when the studio reopens.
// Entries that arrive while a write is under way are written together in the next one.

import { mkdirSync, readFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";

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
  /** The whole module text submitted (header and region). */
  readonly text: string;
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

  private constructor(private readonly file: FileHandle | undefined, entries: HistoryEntry[]) {
    this.entries = entries;
  }

  /** The history in `path` (created if missing), or one kept in memory only. */
  static async open(path?: string): Promise<History> {
    if (!path) return new History(undefined, []);
    mkdirSync(dirname(path), { recursive: true });
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch {
      text = "";
    }
    const entries: HistoryEntry[] = [];
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as HistoryEntry);
      } catch {
        // A line cut short by a crash: everything before it is kept.
      }
    }
    const handle = await open(path, "a", 0o600);
    return new History(handle, entries);
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
      try {
        await this.file.write(batch.map((item) => item.line).join(""));
        await this.file.datasync();
        for (const item of batch) item.done();
      } catch (failure) {
        for (const item of batch) item.failed(failure as Error);
      }
    }
    this.writing = false;
  }
}
