// The resident memory of a song played in a process of its own (test/memory/pull.ts), for the
// memory test and the soak benchmark.

import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(import.meta.dirname, "../..");

/** Resident memory (MB) of a process playing `song` (a path from the repository's root), after each count of elements. */
export async function residentMemory(song: string, evaluator: "compiled" | "machine", counts: readonly number[]): Promise<number[]> {
  const { stdout } = await promisify(execFile)(process.execPath,
    ["--expose-gc", "--import", "./bin/typescript.js", "test/memory/pull.ts", song, evaluator, ...counts.map(String)],
    { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout).resident;
}
