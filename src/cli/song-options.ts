// The options every song command shares (-I, --strategy, --budget, --memory), apart from opening
// the song (song.ts), so that `serve`, whose song opens in a worker thread, loads no compiler.

import type { SessionOptions } from "../session/index.ts";
import { defaultMemoryLimit } from "../session/places.ts";
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

/** Milliseconds of computing one element may take while playing live (a runaway stops the music no longer than that). */
export const liveTimeBudget = 250;
