// Whether dist/ holds a build of the sources as they are: it does in an installed package (which
// ships no sources); in a checkout, when no file under src/ or scripts/ (nor package-lock.json,
// which pins what is bundled) is newer than the start of the last build.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The latest modification time of the files under `folder`. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

export function compiledIsCurrent() {
  const stamp = join(root, "dist", "built");
  if (!existsSync(stamp)) return false;
  const sources = join(root, "src");
  if (!existsSync(sources)) return true;
  const latest = Math.max(newest(sources), newest(join(root, "scripts")), statSync(join(root, "package-lock.json")).mtimeMs);
  return latest <= statSync(stamp).mtimeMs;
}
