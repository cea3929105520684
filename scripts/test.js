// `npm test`: every test file of test/, on all cores at once, but for the few that measure a pace,
// a race or the song's memory: they run afterwards, one at a time, so that the others' load does not
// disturb what they measure. Exits non-zero when any test fails.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
/**
 * Files whose assertions depend on the machine not being busy: submissions at the rate limit,
 * filling a worker's heap, resident memory over a long run, and a browser's edit racing the lap
 * being played (Apply from here).
 */
const alone = ["test/collab/participants.test.ts", "test/collab/isolation.test.ts", "test/memory/memory.test.ts", "test/studio/studio.test.ts"];

const files = readdirSync(join(root, "test"), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  .sort();
const together = files.filter((file) => !alone.includes(file));

function run(concurrency, list) {
  const args = ["--import", "./bin/typescript.js", "--test", `--test-concurrency=${concurrency}`, "--test-reporter=spec", ...list];
  return spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status ?? 1;
}

const statuses = [run(availableParallelism(), together), run(1, alone.filter((file) => files.includes(file)))];
process.exitCode = Math.max(...statuses);
