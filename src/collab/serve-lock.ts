// One server per song: `.refrain/serve.lock` names the process serving it. A second server on the
// same song stops with a message naming the first; a lock left by a process that has ended is
// taken over.

import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StateError } from "./state-error.ts";

interface LockRecord {
  readonly pid: number;
  readonly started: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (failure) {
    return (failure as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holder(file: string): LockRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as LockRecord;
    return Number.isInteger(record.pid) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the song's lock in `folder`; throws StateError when another living process holds it. Returns the release. */
export function lockSong(folder: string): () => void {
  const file = join(folder, "serve.lock");
  const record: LockRecord = { pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(record), { flag: "wx", mode: 0o600 });
      break;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw failure;
      const other = holder(file);
      if (other && other.pid !== process.pid && alive(other.pid)) {
        throw new StateError(`this song is already being served by process ${other.pid} (since ${other.started}); stop it first, or serve a copy of the song`);
      }
      unlinkSync(file);
    }
  }
  return () => {
    if (holder(file)?.pid === process.pid) unlinkSync(file);
  };
}
