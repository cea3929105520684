// Test helper: writes a song's modules into a fresh folder and opens a session on the first.

import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { openSong, Session, type SessionOptions } from "../../src/session/index.ts";

export function writeSong(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), "refrain-song-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

/** Opens the song whose main module is the first file given. */
export function openSongText(files: Record<string, string>, options: SessionOptions = {}): Session {
  const folder = writeSong(files);
  return openSong(join(folder, Object.keys(files)[0]), options);
}

/** The trace lines (`time<TAB>element`) of the next `count` elements. */
export function traceLines(session: Session, count: number): string[] {
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const step = session.next();
    if (step.kind === "end") break;
    if (step.kind === "error") throw new Error(step.message);
    lines.push(`${step.time}\t${step.trace}`);
  }
  return lines;
}
