// Writing the library image (see program/library-image.ts): every module of the library compiled
// by one compiler. The build writes it beside the compiled code (see library-image.ts).

import { readdirSync, writeFileSync } from "node:fs";
import { formatDiagnostic } from "../text/index.ts";
import { ControlTable } from "./controls.ts";
import { folderReader } from "./files.ts";
import { libraryFolder } from "./places.ts";
import { songCompiler } from "./session.ts";

/** Writes the image of every module of the library to `file`. */
export function writeLibraryImageFile(file: string): void {
  writeFileSync(file, libraryImageBytes());
}

/** The image of every module of the library; throws if one does not compile. */
export function libraryImageBytes(): Uint8Array {
  const compiler = songCompiler(new ControlTable());
  const reader = folderReader([libraryFolder], true);
  const programs = libraryModules().map((name) => {
    const { program, diagnostics } = compiler.compile(new Map(), name, reader);
    if (!program) throw new Error(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, (source) => compiler.source(source))).join("\n"));
    return program;
  });
  return compiler.writeImage(programs, libraryFolder);
}

/** The names of the library's modules (`Euterpea/Music.lhs` is `Euterpea.Music`). */
function libraryModules(): string[] {
  return (readdirSync(libraryFolder, { recursive: true }) as string[])
    .filter((path) => /\.l?hs$/.test(path))
    .map((path) => path.replace(/\.l?hs$/, "").split(/[\\/]/).join("."))
    .sort();
}
