// Songs on disk: a module `A.B` lives in `A/B.hs`, looked up in the song's folder, then the
// -I folders, then the library folder `lib/` of this package.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ModuleReader, ModuleText } from "../program/index.ts";

/** The `lib/` folder that ships with Refrain. */
export const libraryFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../lib");

export function moduleFile(folder: string, name: string): string {
  return join(folder, ...name.split(".")) + ".hs";
}

/** A reader over folders in order; modules from `library` folders are marked as library modules. */
export function folderReader(folders: readonly string[], library = false): ModuleReader {
  return (name: string): ModuleText | undefined => {
    if (!/^[A-Z][\w']*(\.[A-Z][\w']*)*$/.test(name)) return undefined;
    for (const folder of folders) {
      const file = moduleFile(folder, name);
      if (existsSync(file)) return { name, file, text: readFileSync(file, "utf8"), library };
    }
    return undefined;
  };
}
