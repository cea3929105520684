// `refrain check` compiles a song to check it (checkSong): nothing is desugared, and the library's
// modules give their interfaces without their bodies being checked. What it reports must be what
// opening the song to run it reports: the same errors, else the same warnings, on every example
// and on every program of the type checker's GHC comparisons.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { checkSong, ControlTable, libraryFolder, openSong, SongError } from "../../src/session/index.ts";
import { describedEnvironment } from "../support/environments.ts";
import { folderReader } from "../../src/session/files.ts";
import { songCompiler } from "../../src/session/session.ts";

/** What opening the song to run it reports: its errors, else its warnings, printed. */
function openedReport(file: string): { errors: string[]; warnings: string[] } {
  try {
    const session = openSong(file, { requireMain: false });
    return { errors: [], warnings: session.warnings.map((warning) => session.format(warning)) };
  } catch (problem) {
    if (!(problem instanceof SongError)) throw problem;
    return { errors: problem.report.split("\n"), warnings: [] };
  }
}

const songs = [
  ...readdirSync("examples").filter((name) => name.endsWith(".hs")).map((name) => join("examples", name)),
  ...readdirSync("test/types/ghc").filter((name) => name.endsWith(".hs")).map((name) => join("test/types/ghc", name)),
];

test("check reports what opening the song reports, on every example and GHC comparison", () => {
  let failing = 0;
  for (const song of songs) {
    const checked = checkSong(song);
    const opened = openedReport(song);
    const errors = checked.errors.flatMap((error) => error.split("\n"));
    assert.deepEqual(errors, opened.errors, song);
    if (errors.length === 0) assert.deepEqual(checked.warnings, opened.warnings, song);
    if (errors.length > 0) failing++;
  }
  // The comparisons include programs GHC rejects, so both kinds of answer are compared.
  assert.ok(failing > 20 && failing < songs.length - 20, `${failing} of ${songs.length} songs have errors`);
});

test("a compiler that checked a song compiles the library again to run it, and reuses it to check", () => {
  const compiler = songCompiler(new ControlTable());
  const texts = new Map([["Main", { name: "Main", file: "Main.hs", text: "module Main where\nmain = map (+ 1) [1, 2 :: Int]\n" }]]);
  const reader = folderReader([libraryFolder], true);
  const fromPrelude = (definitions: ReadonlyMap<unknown, { module: string }>) => [...definitions.values()].filter((definition) => definition.module === "Prelude").length;
  const checked = compiler.compile(texts, "Main", reader, "check").program!;
  assert.equal(fromPrelude(checked.definitions), 0);
  const run = compiler.compile(texts, "Main", reader, "run").program!;
  assert.ok(fromPrelude(run.definitions) > 50, `${fromPrelude(run.definitions)} Prelude definitions`);
  const checkedAgain = compiler.compile(texts, "Main", reader, "check").program!;
  assert.equal(checkedAgain.module("Prelude"), run.module("Prelude"));
});

test("the library's modules offer a song the same types whether their bodies are checked or not", () => {
  const names = (readdirSync(libraryFolder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((path) => path.endsWith(".hs")).map((path) => path.replace(/\.hs$/, "").split("/").join("."));
  const texts = new Map([["Main", { name: "Main", file: "Main.hs", text: `module Main where\n${names.map((name) => `import qualified ${name}\n`).join("")}` }]]);
  const compiler = songCompiler(new ControlTable());
  const reader = folderReader([libraryFolder], true);
  const checked = compiler.compile(texts, "Main", reader, "check").program!;
  const run = compiler.compile(texts, "Main", reader, "run").program!;
  let compared = 0;
  for (const name of names) {
    const environment = (program: typeof run) => program.module(name)!.typed!.environment.modules.get(name)!;
    assert.deepEqual(describedEnvironment(environment(checked)), describedEnvironment(environment(run)), name);
    compared += environment(run).values.size;
  }
  assert.ok(compared > 500, `${compared} values compared`);
});
