// Applied module text -> its file on disk: written to a temporary file and renamed over the
// original, one write at a time per file, so a crash never leaves half a module behind.

import { rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const pending = new Map<string, Promise<void>>();

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.saving`);
  await writeFile(temporary, text, "utf8");
  await rename(temporary, file);
}

/** Saves `text` to `file` after every earlier save of the same file has finished. */
export function saveModule(file: string, text: string): Promise<void> {
  const previous = pending.get(file) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => writeAtomically(file, text));
  pending.set(file, next);
  void next.finally(() => {
    if (pending.get(file) === next) pending.delete(file);
  }).catch(() => undefined);
  return next;
}
