// Applied module text -> its file on disk: written to a temporary file beside it, flushed, and
// renamed over the original, one write at a time per file, so a crash never leaves half a module
// behind. A symlinked module is written where the link points (the link stays), the file keeps
// its mode, and a temporary file left by a crash is removed when the studio opens.

import { readdirSync, realpathSync, unlinkSync } from "node:fs";
import { open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

const pending = new Map<string, Promise<void>>();
let saves = 0;

/** The temporary file of a save of `file`: `.NAME.PID.N.saving` beside it. */
function temporaryFile(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${++saves}.saving`);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const target = await realpath(file).catch(() => file);
  const mode = await stat(target).then((status) => status.mode & 0o7777, () => 0o644);
  const temporary = temporaryFile(target);
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(text, "utf8");
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (failure) {
    await unlink(temporary).catch(() => {});
    throw failure;
  }
  const folder = await open(dirname(target), "r");
  await folder.sync().catch(() => {}).finally(() => folder.close());
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

/** Removes the temporary files that saves of `files` left behind when a server ended mid-save. */
export function removeStraySaves(files: readonly string[]): void {
  for (const listed of files) {
    let file: string;
    try {
      file = realpathSync(listed);
    } catch {
      continue;
    }
    const folder = dirname(file);
    const prefix = `.${basename(file)}.`;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith(prefix) && name.endsWith(".saving")) unlinkSync(join(folder, name));
    }
  }
}
