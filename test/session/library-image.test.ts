// The library image (program/library-image.ts) stands for the library compiled again. A song opened
// with it plays what it plays without it, step for step, and `check` reports the same; the library's
// modules offer the same types and print the same stages; a library module the image does not
// match (an import the song replaces) is compiled as before. The image here is written from the
// sources, as the build writes dist/library.image.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { LibraryImage } from "../../src/program/index.ts";
import { ImagedModule } from "../../src/program/imaged-module.ts";
import { printModule } from "../../src/resolve/print.ts";
import { checkSong, ControlTable, libraryFolder, openSong, type Session } from "../../src/session/index.ts";
import { folderReader } from "../../src/session/files.ts";
import { songCompiler } from "../../src/session/session.ts";
import { libraryImageBytes } from "../../src/session/write-library-image.ts";
import { printDefinition } from "../../src/show/core.ts";
import { printTypedModule } from "../../src/types/index.ts";
import { describedEnvironment } from "../support/environments.ts";

const root = join(import.meta.dirname, "../..");
const bytes = libraryImageBytes();

/** The image, counting the parts read from it (so a test knows it was used). */
function countingImage(): { image: LibraryImage; parts: () => number } {
  const image = LibraryImage.read(bytes, libraryFolder)!;
  let parts = 0;
  const read = image.part.bind(image);
  image.part = (range) => {
    parts++;
    return read(range);
  };
  return { image, parts: () => parts };
}

const inFolder = (folder: string) => readdirSync(join(root, folder)).filter((file) => file.endsWith(".hs")).map((file) => join(folder, file));
const songs = [...inFolder("examples"), "examples/band/Main.hs", ...inFolder("bench/songs"), ...inFolder("test/programs")];

/** What a listener and the studio see of each step. */
function play(session: Session, count: number): ReturnType<Session["next"]>[] {
  const steps: ReturnType<Session["next"]>[] = [];
  for (let index = 0; index < count; index++) {
    const step = session.next();
    steps.push(step);
    if (step.kind !== "element") break;
  }
  return steps;
}

for (const song of songs) {
  test(`${song}: plays with the library image what it plays with the library compiled`, () => {
    const { image, parts } = countingImage();
    // Without a memory limit, which watches the heap both sessions share.
    const imaged = openSong(join(root, song), { trail: true, memoryLimit: Infinity, libraryImage: image });
    const compiled = openSong(join(root, song), { trail: true, memoryLimit: Infinity });
    assert.ok(parts() > 0, "the image was not used");
    assert.deepEqual(play(imaged, 300), play(compiled, 300));
    assert.deepEqual(imaged.statistics, compiled.statistics);
    assert.deepEqual(imaged.warnings.map((warning) => imaged.format(warning)), compiled.warnings.map((warning) => compiled.format(warning)));
  });
}

test("check reports the same with the library image, on every example and GHC comparison", () => {
  const { image, parts } = countingImage();
  const checked = [...inFolder("examples"), ...inFolder("test/types/ghc")];
  for (const song of checked) assert.deepEqual(checkSong(join(root, song), { libraryImage: image }), checkSong(join(root, song)), song);
  assert.ok(parts() >= 8, `${parts()} parts read`);
});

test("every library module from the image offers the types, core and stages it has compiled", () => {
  const names = (readdirSync(libraryFolder, { recursive: true, encoding: "utf8" }) as string[])
    .filter((path) => /\.l?hs$/.test(path)).map((path) => path.replace(/\.l?hs$/, "").split("/").join("."));
  const texts = new Map([["Main", { name: "Main", file: "Main.hs", text: `module Main where\n${names.map((name) => `import qualified ${name}\n`).join("")}` }]]);
  const reader = folderReader([libraryFolder], true);
  const { image } = countingImage();
  const imaged = songCompiler(new ControlTable(), image).compile(texts, "Main", reader).program!;
  const compiled = songCompiler(new ControlTable()).compile(texts, "Main", reader).program!;
  for (const name of names) {
    const fromImage = imaged.module(name)!, fromText = compiled.module(name)!;
    assert.ok(fromImage instanceof ImagedModule && !(fromText instanceof ImagedModule), name);
    assert.deepEqual(describedEnvironment(fromImage.environment!.modules.get(name)!), describedEnvironment(fromText.environment!.modules.get(name)!), name);
    assert.deepEqual([...fromImage.interface.values.keys()], [...fromText.interface.values.keys()], name);
    assert.deepEqual([...fromImage.definitions.values()].map(printDefinition), [...fromText.definitions.values()].map(printDefinition), name);
  }
  // Looking inside a module from the image compiles its first stages again.
  for (const name of ["Prelude", "Euterpea.Music"]) {
    const fromImage = imaged.module(name)!, fromText = compiled.module(name)!;
    assert.equal(printModule(fromImage.resolved), printModule(fromText.resolved));
    assert.equal(printTypedModule(fromImage.resolved, fromImage.typed!), printTypedModule(fromText.resolved, fromText.typed!));
  }
});

test("a library module whose import the song replaces is compiled, not taken from the image", () => {
  const folder = mkdtempSync(join(tmpdir(), "refrain-image-"));
  const midi = readFileSync(join(libraryFolder, "Midi.hs"), "utf8");
  assert.match(midi, /^normalVelocity = 64$/m);
  writeFileSync(join(folder, "Midi.hs"), midi.replace(/^normalVelocity = 64$/m, "normalVelocity = 100"));
  const song = join(folder, "song.hs");
  writeFileSync(song, "module Main where\nimport Chord\nmain = major 500 60\n");
  const { image } = countingImage();
  const songReader = folderReader([folder]), libraryReader = folderReader([libraryFolder], true);
  const texts = new Map([["Main", { name: "Main", file: song, text: readFileSync(song, "utf8") }]]);
  const program = songCompiler(new ControlTable(), image).compile(texts, "Main", (name) => songReader(name) ?? libraryReader(name)).program!;
  assert.ok(program.module("Prelude") instanceof ImagedModule);
  assert.ok(!(program.module("Chord") instanceof ImagedModule));
  const imaged = play(openSong(song, { libraryImage: image }), 10);
  assert.deepEqual(imaged, play(openSong(song), 10));
  const velocities = imaged.flatMap((step) => (step.kind === "element" ? step.events.map((event) => (event.message as { velocity?: number }).velocity) : []));
  assert.deepEqual(velocities, [100, 100, 100, 100, 100, 100, 100, 100]);
});
