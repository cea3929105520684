// Live edits from the musician's own editor (`--watch`): when one of the song's module files is
// saved, its new text is applied to the session; errors are shown and the old program keeps playing.

import { watch, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { hasErrors, type Diagnostic } from "../text/index.ts";

export interface EditableSong {
  update(moduleName: string, text: string): Diagnostic[];
  moduleFiles(): { name: string; file: string }[];
  format(diagnostic: Diagnostic): string;
}

/** Editors save in bursts (write, rename, touch): wait this long for the last one. */
const settle = 80;

/**
 * Watches the folders of the song's module files (editors often replace a file rather than write
 * it) and applies each saved module; `report` gets the messages and whether the edit was applied.
 * Returns a function that stops watching.
 */
export function watchModules(song: EditableSong, report: (message: string, applied: boolean) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const applied = new Map<string, string>();

  const modules = () => new Map(song.moduleFiles().map((module) => [resolve(module.file), module]));

  const apply = async (path: string) => {
    const module = modules().get(path);
    if (!module) return;
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      return; // in the middle of a save: the next event brings the file
    }
    if (applied.get(path) === text) return;
    applied.set(path, text);
    const diagnostics = song.update(module.name, text);
    const printed = diagnostics.map((diagnostic) => song.format(diagnostic));
    if (hasErrors(diagnostics)) {
      report([...printed, `refrain: ${module.file} not applied; the old program keeps playing`].join("\n"), false);
    } else {
      report([...printed, `refrain: applied ${module.file}`].join("\n"), true);
      follow();
    }
  };

  /** Watches every folder holding a module file (new imports bring new files). */
  const follow = () => {
    for (const path of modules().keys()) {
      const folder = dirname(path);
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          if (!name) return;
          const changed = resolve(folder, basename(name.toString()));
          clearTimeout(timers.get(changed));
          timers.set(changed, setTimeout(() => void apply(changed), settle));
        });
        watchers.set(folder, watcher);
      } catch (error) {
        report(`refrain: cannot watch ${folder}: ${(error as Error).message}`, false);
      }
    }
  };

  for (const path of modules().keys()) {
    readFile(path, "utf8").then((text) => applied.has(path) || applied.set(path, text), () => {});
  }
  follow();
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
