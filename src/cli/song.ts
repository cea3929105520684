// Opening a song from the command line (with the options of song-options.ts), and printing a
// song's load errors the way compilers print them.

import { writeFileSync } from "node:fs";
import type { SongFile } from "../events/index.ts";
import { openSong, Session, SongError, type SessionOptions } from "../session/index.ts";
import type { Arguments } from "./arguments.ts";
import { sessionOptions } from "./song-options.ts";

/**
 * Writes a file the song asks for (Euterpea's `writeMidi`), relative to the folder refrain runs
 * in, as a compiled Haskell program would: for the commands that run a song here (not `serve`).
 */
export function writeRequestedFile(file: SongFile): string | undefined {
  try {
    writeFileSync(file.path, file.bytes);
    return undefined;
  } catch (problem) {
    return `cannot write ${file.path}: ${(problem as Error).message}`;
  }
}

/** Opens the song (with options beyond the command line's, e.g. `requireMain`), or prints why it does not load and returns undefined. */
export function openOrReport(file: string, args: Arguments, extra: SessionOptions = {}): Session | undefined {
  try {
    const session = openSong(file, { ...sessionOptions(args), ...extra });
    for (const warning of session.warnings) process.stderr.write(session.format(warning) + "\n");
    return session;
  } catch (problem) {
    if (!(problem instanceof SongError)) throw problem;
    process.stderr.write(problem.report + "\n");
    return undefined;
  }
}
