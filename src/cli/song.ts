// Opening a song from the command line: the options every song command shares (-I, --strategy,
// --budget, --memory), and printing a song's load errors the way compilers print them.

import { writeFileSync } from "node:fs";
import type { SongFile } from "../events/index.ts";
import { defaultMemoryLimit, openSong, Session, SongError, type SessionOptions } from "../session/index.ts";
import { choiceOption, wholeNumberOption, type Arguments } from "./arguments.ts";

export const songOptions = ["-I", "--strategy", "--budget", "--memory"];

export function sessionOptions(args: Arguments): SessionOptions {
  return {
    includeDirs: args.options.get("-I") ?? [],
    strategy: choiceOption(args, "--strategy", ["need", "name"] as const, "need"),
    stepBudget: wholeNumberOption(args, "--budget", 10_000_000, 1),
    memoryLimit: wholeNumberOption(args, "--memory", defaultMemoryLimit, 16),
  };
}

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

/** Milliseconds of computing one element may take while playing live (a runaway stops the music no longer than that). */
export const liveTimeBudget = 250;

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
