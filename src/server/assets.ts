// The files the studio page needs, and the HTTP handler that serves them: the UI bundle (built
// ahead into dist/assets/ when this runs compiled, bundled by esbuild into memory when it runs
// from the sources), the page, the synthesizer's worklet and SoundFont from the installed
// packages, the library's docs and the lessons. Only these exact paths are answered, so no request
// reaches another file. Each answer has an ETag, so a reload is answered "not modified"; text is
// sent gzipped to browsers that take it; hashed chunks are kept by browsers for good.

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { libraryDocs } from "./library-docs.ts";
import { parseLessons } from "./lessons.ts";
import { bundleOptions, isHashedChunk, uiFolder, workletFile } from "./studio-bundle.ts";
import { defaultSoundfontPath } from "../sinks/soundfont.ts";

export interface Asset {
  readonly type: string;
  /** In-memory content, or a file streamed from disk. */
  readonly body?: Uint8Array;
  readonly file?: string;
  readonly size: number;
  /** Text worth compressing: gzipped when first asked for so (then kept), if that is smaller. */
  readonly compressible?: boolean;
  readonly etag: string;
}

const gzipAsync = promisify(gzip);
const gzipped = new WeakMap<Asset, Promise<Uint8Array | undefined>>();

/** The asset's body gzipped, made on first use (off the event loop), kept; undefined when not worth it. */
function gzippedBody(asset: Asset): Promise<Uint8Array | undefined> {
  if (!asset.compressible || !asset.body) return Promise.resolve(undefined);
  const body = asset.body;
  let packed = gzipped.get(asset);
  if (!packed) gzipped.set(asset, (packed = gzipAsync(body).then((bytes) => (bytes.length < body.length ? bytes : undefined))));
  return packed;
}

/** Whether If-None-Match names `etag` (in a list, weakened, or as `*`). */
function notModified(header: string | undefined, etag: string): boolean {
  return (header ?? "").split(",").some((tag) => {
    const named = tag.trim().replace(/^W\//, "");
    return named === "*" || named === etag;
  });
}

/** Whether Accept-Encoding takes gzip (named, and not with quality 0). */
function takesGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((coding) => {
    const [name, ...parameters] = coding.split(";").map((part) => part.trim());
    const quality = parameters.find((parameter) => parameter.startsWith("q="));
    return name.toLowerCase() === "gzip" && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
/** Compiled (dist/server/assets.js): the bundle is in dist/assets/. From the sources: it is made at start. */
const compiled = extname(here) === ".js";
const builtFolder = fileURLToPath(new URL("../assets/", import.meta.url));
/** Where the build copies the synthesizer's worklet (from spessasynth_lib, a development dependency). */
const builtAudioFolder = fileURLToPath(new URL("../audio/", import.meta.url));
/** Where an in-memory bundle would be written, inside the package, so that its source maps name sources relative to it. */
const bundleFolder = fileURLToPath(new URL("../../assets/", import.meta.url));

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

/** The type of a file name or of a bare extension (`.js`). */
function typeOf(path: string): string {
  return types[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
}

/** An asset held in memory, with its ETag and, for text worth it, its gzipped form. */
function inMemory(path: string, body: Uint8Array): Asset {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  return { type: typeOf(path), body, size: body.length, etag, compressible: body.length > 1024 && /\.(js|css|map|json|html)$/.test(path) };
}

/** The UI bundle: the files of dist/assets/ when compiled, else esbuild's output in memory. */
async function bundle(): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  if (compiled) {
    for (const name of await readdir(builtFolder)) {
      const body = await readFile(join(builtFolder, name));
      assets.set(name === "index.html" ? "/" : `/assets/${name}`, inMemory(name, body));
    }
    return assets;
  }
  const { build } = await import("esbuild");
  const result = await build({ ...bundleOptions(bundleFolder), write: false });
  for (const output of result.outputFiles) assets.set(`/assets/${relative(bundleFolder, output.path)}`, inMemory(output.path, output.contents));
  assets.set("/", inMemory("index.html", await readFile(join(uiFolder, "index.html"))));
  return assets;
}

/** A file streamed from disk; its ETag names its size and modification time. */
async function onDisk(file: string, type: string): Promise<Asset> {
  const { size, mtimeMs } = await stat(file);
  return { type, file, size, etag: `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"` };
}

/** Every URL path the server answers, mapped to its content. Nothing else is served. */
export async function studioAssets(): Promise<Map<string, Asset>> {
  const assets = await bundle();
  const worklet = compiled ? builtAudioFolder : dirname(require.resolve("spessasynth_lib"));
  assets.set("/audio/processor.js", await onDisk(join(worklet, workletFile), typeOf(".js")));
  // The worklet names its source map by the package's file name.
  assets.set(`/audio/${workletFile}.map`, await onDisk(join(worklet, `${workletFile}.map`), typeOf(".map")));
  assets.set("/audio/soundfont.sf3", await onDisk(defaultSoundfontPath(), "application/octet-stream"));
  const reference = await readFile(libraryReference, "utf8").catch(() => "");
  assets.set("/library-docs.json", inMemory(".json", Buffer.from(JSON.stringify(libraryDocs(reference)))));
  const lessons = await readFile(lessonsText, "utf8").catch(() => "");
  assets.set("/lessons.json", inMemory(".json", Buffer.from(JSON.stringify(parseLessons(lessons)))));
  return assets;
}

/** The library's reference, whose descriptions and examples the editor shows on hover. */
const libraryReference = fileURLToPath(new URL("../../docs/library.md", import.meta.url));
/** The lessons of the Learn panel. */
const lessonsText = fileURLToPath(new URL("../../docs/learn.md", import.meta.url));

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
  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
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
    const gzip = takesGzip(request.headers["accept-encoding"]) ? await gzippedBody(asset) : undefined;
    // Each coding is its own representation, with its own validator.
    const etag = gzip ? asset.etag.replace(/"$/, '-gz"') : asset.etag;
    const caching = {
      ETag: etag,
      "Cache-Control": isHashedChunk(path) ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
    };
    if (notModified(request.headers["if-none-match"], etag)) {
      response.writeHead(304, { ...caching, ...securityHeaders }).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": asset.type,
      "Content-Length": gzip ? gzip.length : asset.size,
      ...(gzip ? { "Content-Encoding": "gzip" } : {}),
      ...caching,
      ...securityHeaders,
    });
    if (request.method === "HEAD") response.end();
    else if (gzip) response.end(gzip);
    else if (asset.body) response.end(asset.body);
    else if (asset.file) createReadStream(asset.file).pipe(response);
  };
  return (request: IncomingMessage, response: ServerResponse): void => {
    serve(request, response).catch(() => response.writeHead(500).end());
  };
}
