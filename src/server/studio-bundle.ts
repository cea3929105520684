// How the studio's browser code is bundled: the conductor's page and the participant page, each
// one script and one style sheet under its plain name (`studio.js`, `participant.css`), the code
// they share in content-hashed chunks (kept by browsers for good), linked source maps; and the
// synthesizer's worklet that goes with it. Built ahead of time into dist/ by scripts/build.ts; a
// server run from the sources bundles in memory.

import type { BuildOptions } from "esbuild";
import { fileURLToPath } from "node:url";

export const uiFolder = fileURLToPath(new URL("../ui/", import.meta.url));

/** esbuild's options; `outdir` is where the files go (or would go, when not written). */
export function bundleOptions(outdir: string): BuildOptions {
  return {
    entryPoints: { studio: `${uiFolder}main.ts`, participant: `${uiFolder}participant.ts` },
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    sourcemap: "linked",
    target: "chrome110",
    outdir,
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    logLevel: "silent",
  };
}

/** The synthesizer's worklet in spessasynth_lib (copied into dist/audio/ by the build, served as /audio/processor.js). */
export const workletFile = "spessasynth_processor.min.js";

/** A chunk's name has its content's hash: it never changes, and browsers may keep it for good. */
export function isHashedChunk(path: string): boolean {
  return /\/chunk-[A-Z0-9]{8}\.js(\.map)?$/.test(path);
}
