// The studio server: HTTP for the page and its assets, a WebSocket at /socket per browser for
// the live session. Browsers from other origins are refused, so no web page can drive a studio;
// binary, oversized, malformed and too frequent messages are refused with an error reply.

import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { assetHandler, studioAssets } from "./assets.ts";
import { saveModule } from "./module-files.ts";
import { limits, type ServerMessage } from "./protocol.ts";
import { parseRequest } from "./requests.ts";
import type { Song } from "./song.ts";
import { Studio, type Participant } from "./studio.ts";

export interface StudioServerOptions {
  readonly song: Song;
  readonly title: string;
  readonly host?: string;
  readonly port?: number;
}

export interface StudioServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** A browser this far behind in reading is disconnected rather than buffered for. */
const maximumBuffered = 32 * 1024 * 1024;

/** One browser's WebSocket as a studio participant. */
function attachSocket(socket: WebSocket, studio: Studio): void {
  const participant: Participant = {
    send(data) {
      if (socket.readyState !== WebSocket.OPEN) return;
      if (socket.bufferedAmount > maximumBuffered) socket.close(1013, "too slow to keep up");
      else socket.send(data);
    },
    mayEdit: () => true,
    mayConduct: () => true,
  };
  const refuse = (message: string) => participant.send(JSON.stringify({ type: "refused", message } satisfies ServerMessage));
  let window = { start: 0, count: 0 };

  socket.on("message", (data: RawData, binary: boolean) => {
    const now = Date.now();
    if (now - window.start >= 1000) window = { start: now, count: 0 };
    if (++window.count > limits.messagesPerSecond) return refuse("too many messages: slow down");
    if (binary) return refuse("binary messages are not accepted");
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;
    if (size > limits.messageBytes) return refuse(`message larger than ${limits.messageBytes} bytes`);
    const parsed = parseRequest(data.toString());
    if (!parsed.ok) return refuse(parsed.reason);
    studio.handle(participant, parsed.message).catch((failure: unknown) => {
      refuse(`the request failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    });
  });
  socket.on("close", () => studio.leave(participant));
  socket.on("error", () => socket.terminate());
  studio.join(participant);
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
  const studio = new Studio(options.song, { title: options.title, save: saveModule });
  const server = createServer(assetHandler(assets));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.frameBytes });
  server.on("upgrade", (request: IncomingMessage, connection: Duplex, head: Buffer) => {
    if ((request.url ?? "").split("?")[0] !== "/socket" || !sameOrigin(request)) {
      connection.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    sockets.handleUpgrade(request, connection, head, (socket) => attachSocket(socket, studio));
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
