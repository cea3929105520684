// Songs on disk: a module `A.B` lives in `A/B.hs`, looked up in the song's folder, then the
// -I folders, then the library folder `lib/` of this package. With places.ts and the library
// image's files, the session's file-system (and Node) code: the Session itself gets module texts
// through a reader.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { isLiterate, unlit } from "../lex/index.ts";
import type { ModuleReader, ModuleText } from "../program/index.ts";
import { formatDiagnostic, type Diagnostic } from "../text/index.ts";
import { ControlTable } from "./controls.ts";
import { libraryImage } from "./library-image.ts";
import { defaultMemoryLimit, libraryFolder } from "./places.ts";
import { Session, songCompiler, type SessionOptions } from "./session.ts";
import { SongError } from "./song-error.ts";
import type { MemoryWatch } from "../reduce/index.ts";

/** Where module `name` would be in `folder`: `A/B.hs`, or the literate `A/B.lhs` when only it exists. */
export function moduleFile(folder: string, name: string): string {
  const base = join(folder, ...name.split("."));
  return !existsSync(`${base}.hs`) && existsSync(`${base}.lhs`) ? `${base}.lhs` : `${base}.hs`;
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

/** A song file's modules as the compiler takes them: the main module's text and a reader for the rest. */
interface SongSources {
  readonly texts: ReadonlyMap<string, ModuleText>;
  readonly mainName: string;
  readonly reader: ModuleReader;
}

/**
 * The song file is the main module; modules it imports from the song's folder and the -I folders
 * are the song's own (editable); the rest comes from the library.
 */
function songSources(file: string, options: SessionOptions): SongSources {
  const songFolders = [dirname(file), ...(options.includeDirs ?? [])];
  const songReader = folderReader(songFolders);
  const libraryReader = folderReader([libraryFolder], true);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new SongError([], `${file}: error: cannot read the file`);
  }
  const replaced = options.moduleTexts ?? {};
  const mainName = declaredModuleName(replaced[declaredModuleName(text, file)] ?? text, file);
  const texts = new Map<string, ModuleText>([[mainName, { name: mainName, file, text: replaced[mainName] ?? text }]]);
  const ownModule = (name: string): ModuleText | undefined => {
    const found = songReader(name);
    return found && Object.hasOwn(replaced, name) ? { ...found, text: replaced[name] } : found;
  };
  return { texts, mainName, reader: (name) => ownModule(name) ?? libraryReader(name) };
}

/** Opens a song file as a live session (see `songSources` for where its modules come from). */
export function openSong(file: string, options: SessionOptions = {}): Session {
  const { texts, mainName, reader } = songSources(file, options);
  const memory = options.memoryLimit === Infinity ? undefined : heapWatch(options.memoryLimit ?? defaultMemoryLimit);
  return new Session(texts, mainName, reader, { oldGeneration: oldGenerationBytes, memory, libraryImage: libraryImage(), ...options });
}

/** A song's diagnostics, printed as `file:line:col: error: …` with the line and a caret. */
export interface SongCheck {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Checks a song file without making it runnable (`refrain check`; see CompilePurpose). */
export function checkSong(file: string, options: SessionOptions = {}): SongCheck {
  let sources: SongSources;
  try {
    sources = songSources(file, options);
  } catch (problem) {
    if (problem instanceof SongError) return { errors: [problem.report], warnings: [] };
    throw problem;
  }
  const compiler = songCompiler(new ControlTable(), options.libraryImage ?? libraryImage());
  const { diagnostics } = compiler.compile(sources.texts, sources.mainName, sources.reader, "check");
  const printed = (severity: Diagnostic["severity"]) =>
    diagnostics.filter((diagnostic) => diagnostic.severity === severity).map((diagnostic) => formatDiagnostic(diagnostic, (name) => compiler.source(name)));
  return { errors: printed("error"), warnings: printed("warning") };
}

/** The JS heap in use, watched against `megabytes`. */
function heapWatch(megabytes: number): MemoryWatch {
  let collect: (() => void) | undefined;
  return {
    limit: megabytes * 2 ** 20,
    inUse: () => getHeapStatistics().used_heap_size,
    collect: () => {
      // Garbage may be what fills the heap: collected once, before the song is stopped for it.
      if (collect === undefined) {
        setFlagsFromString("--expose-gc");
        collect = runInNewContext("gc") as () => void;
      }
      collect();
    },
  };
}

/** Bytes in V8's old generation: the running term is renewed when it grows fast (see src/reduce/renewal.ts). */
function oldGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === "old_space")?.space_used_size ?? 0;
}

/** The name in `module Name where` of `file`'s text (its code, if literate), else `Main`. */
export function declaredModuleName(text: string, file = ""): string {
  const code = isLiterate(file) ? unlit(text) : text;
  const match = /^\s*module\s+([A-Z][\w']*(?:\.[A-Z][\w']*)*)/m.exec(code.replace(/\{-[\s\S]*?-\}/g, "").replace(/--.*$/gm, ""));
  return match ? match[1] : "Main";
}
