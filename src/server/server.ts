// The studio server: HTTP for the page and its assets, a WebSocket at /socket for the live
// session. Browsers from other origins are refused, so no web page can drive a studio.

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { studioAssets } from "./assets.ts";
import { assetHandler } from "./http.ts";
import { saveModule } from "./module-files.ts";
import { limits } from "./protocol.ts";
import { attachSocket } from "./socket.ts";
import type { Song } from "./song.ts";
import { Studio } from "./studio.ts";

export interface StudioServerOptions {
  readonly song: Song;
  readonly title: string;
  readonly host?: string;
  readonly port?: number;
  readonly save?: (file: string, text: string) => Promise<void>;
}

export interface StudioServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** A browser page may connect only from the studio's own origin; tools without an Origin may too. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${request.headers.host}` || origin === `https://${request.headers.host}`;
}

export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const host = options.host ?? "127.0.0.1";
  const assets = await studioAssets();
  const studio = new Studio(options.song, { title: options.title, save: options.save ?? saveModule });
  const server = createServer(assetHandler(assets));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.frameBytes });
  let nextId = 1;

  server.on("upgrade", (request: IncomingMessage, connection: Duplex, head: Buffer) => {
    if ((request.url ?? "").split("?")[0] !== "/socket" || !sameOrigin(request)) {
      connection.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    sockets.handleUpgrade(request, connection, head, (socket) => attachSocket(socket, studio, nextId++));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    async close() {
      studio.close();
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
