// HTTP requests -> the studio's fixed set of assets. Only exact known paths are answered, so no
// request can reach any other file; everything else is 404 and only GET and HEAD are allowed.

import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Asset } from "./assets.ts";

const securityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
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
