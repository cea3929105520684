// The studio server: HTTP for the pages and their assets, a WebSocket at /socket per browser for
// the live session. A link's token (`?token=`) decides the role: conductor, participant, or a
// read-only listener. Requests must name the studio's own host, and browsers must come from its
// own origin, so no web page (not even one whose name was pointed here) can drive or read a studio;
// binary, oversized, malformed and too frequent messages are refused with an error reply.

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { Access, type Role } from "../collab/access.ts";
import { EditDesk } from "../collab/edit-desk.ts";
import { History } from "../collab/history.ts";
import { lockSong } from "../collab/serve-lock.ts";
import { StateError } from "../collab/state-error.ts";
import { defaultLimits, type CollaborationLimits } from "../collab/limits.ts";
import { assetHandler, studioAssets, type Asset } from "./assets.ts";
import { AllowedHosts, servesAll } from "./hosts.ts";
import { removeStraySaves, saveModule } from "./module-files.ts";
import { participantHandler } from "./participant-http.ts";
import { limits, type ServerMessage } from "./protocol.ts";
import { FlowLimits } from "./flow.ts";
import { publicPaths } from "./public-paths.ts";
import { parseRequest } from "./requests.ts";
import type { Song } from "./song.ts";
import { Studio, type Participant } from "./studio.ts";

export interface StudioServerOptions {
  readonly song: Song;
  readonly title: string;
  readonly host?: string;
  readonly port?: number;
  /** The folder keeping the history and the invitations (absent: kept in memory only). */
  readonly state?: string;
  readonly limits?: Partial<CollaborationLimits>;
  /** More names the studio answers to (besides loopback names and the address served). */
  readonly allowHosts?: readonly string[];
  /** When `port` is taken, the next ports tried, up to this many (default none). */
  readonly nextPorts?: number;
  /** The studio's files, if their reading has begun already (`studioAssets()`; serve starts it while the song compiles). */
  readonly assets?: Promise<Map<string, Asset>>;
}

export interface StudioServer {
  /** The server's address, with no token: a read-only studio. */
  readonly url: string;
  /** The conductor's studio: the address with the conductor's secret token. */
  readonly conductorUrl: string;
  readonly port: number;
  /** What was found and repaired in the state folder on opening (to be said once). */
  readonly notices: readonly string[];
  close(): Promise<void>;
}

/** A browser this far behind in reading is disconnected rather than buffered for. */
const maximumBuffered = 32 * 1024 * 1024;

/** Read-only connections at once: at most `total`, and `perAddress` from one address. */
class ListenerSlots {
  private count = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly total: number, private readonly perAddress: number) {}

  admit(address: string): boolean {
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (this.count >= this.total || fromAddress >= this.perAddress) return false;
    this.count++;
    this.byAddress.set(address, fromAddress + 1);
    return true;
  }

  leave(address: string): void {
    this.count--;
    const left = (this.byAddress.get(address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }
}

/** A WebSocket that has not answered the previous ping (every 30 s) is gone: it is ended, freeing its place. */
function keepAlive(sockets: WebSocketServer): ReturnType<typeof setInterval> {
  const answered = new WeakSet<WebSocket>();
  sockets.on("connection", (socket: WebSocket) => {
    answered.add(socket);
    socket.on("pong", () => answered.add(socket));
  });
  const timer = setInterval(() => {
    for (const socket of sockets.clients) {
      if (!answered.delete(socket)) socket.terminate();
      else socket.ping();
    }
  }, 30_000);
  timer.unref();
  return timer;
}

/** Who is sending, for the flow limits: a participant's link, the conductor, a listener's address. */
function sender(role: Role, address: string): string {
  if (role.kind === "participant") return `participant ${role.invitation.id}`;
  return role.kind === "conductor" ? "conductor" : `listener ${address}`;
}

/** One browser's WebSocket as a studio participant. */
function attachSocket(socket: WebSocket, studio: Studio, role: Role, flow: FlowLimits, from: string): void {
  const participant: Participant = {
    role,
    send(data) {
      if (socket.readyState !== WebSocket.OPEN) return;
      if (socket.bufferedAmount > maximumBuffered) socket.close(1013, "too slow to keep up");
      else socket.send(data);
    },
    close(reason) {
      participant.send(JSON.stringify({ type: "refused", message: reason } satisfies ServerMessage));
      socket.close(4003, "revoked");
    },
  };
  const refuse = (message: string) => participant.send(JSON.stringify({ type: "refused", message } satisfies ServerMessage));

  socket.on("message", (data: RawData, binary: boolean) => {
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data.byteLength;
    // Past the sender's budget, one warning a second and nothing else; far past it, the connection ends.
    const admission = flow.admit(from, size);
    if (admission === "close") return void socket.close(1008, "too many messages");
    if (admission === "warn") refuse("too many messages: slow down (the rest of this second is ignored)");
    if (admission !== "pass") return;
    if (binary) return refuse("binary messages are not accepted");
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

/** The host other devices reach: this machine's first network address when listening on all. */
function publicHost(host: string): string {
  if (!servesAll(host)) return host.includes(":") ? `[${host}]` : host;
  const addresses = Object.values(networkInterfaces()).flat();
  return addresses.find((address) => address && address.family === "IPv4" && !address.internal)?.address ?? "127.0.0.1";
}

/** Listens on `port`, or on one of the `more` ports after it when it is taken. */
async function listen(server: Server, host: string, port: number, more: number): Promise<void> {
  for (let candidate = port; ; candidate++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(candidate, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      return;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== "EADDRINUSE" || candidate >= port + more) throw failure;
    }
  }
}

/** Makes the state folder (kept private) and takes the song's lock; returns its release. */
function claimState(folder: string): () => void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (failure) {
    throw new StateError(`cannot create ${folder} for the history and the invitations: ${(failure as NodeJS.ErrnoException).code ?? (failure as Error).message} (the song's folder must be writable)`);
  }
  return lockSong(folder);
}

export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const host = options.host ?? "127.0.0.1";
  const collaboration = { ...defaultLimits, ...options.limits };
  const assets = await (options.assets ?? studioAssets());
  const release = options.state === undefined ? () => {} : claimState(options.state);
  removeStraySaves(options.song.modules().map((module) => module.file));
  let access: Access, history: History;
  try {
    access = Access.open(options.state && join(options.state, "access.json"));
    history = await History.open(options.state && join(options.state, "history.jsonl"));
  } catch (failure) {
    release();
    throw failure;
  }
  let base = "";
  const hide = publicPaths(options.song.modules()[0]?.file ?? "/");
  const studio = await Studio.open(options.song, {
    hide,
    title: options.title,
    access,
    desk: (listener) => EditDesk.open(options.song, history, access, collaboration, saveModule, listener),
    link: (token) => `${base}edit?token=${token}`,
  });
  const participantPages = participantHandler({
    studio, song: options.song, access, title: options.title, bodyBytes: 4 * collaboration.submissionBytes, hide,
  });
  const serveAsset = assetHandler(assets);
  let allowed: AllowedHosts | undefined;
  const server = createServer((request, response) => {
    if (!allowed?.host(request.headers.host)) return response.writeHead(421, { "Content-Type": "text/plain" }).end("This studio does not answer to that host name.\n");
    if (request.method === "POST" && !allowed.origin(request.headers.origin)) return response.writeHead(403, { "Content-Type": "text/plain" }).end("Submissions come from the studio's own pages.\n");
    if ((request.url ?? "").split("?")[0] !== "/edit") return serveAsset(request, response);
    participantPages(request, response).catch(() => response.writeHead(500).end());
  });
  // A slow client is cut off: its headers within 10 s, its whole request within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const listeners = new ListenerSlots(collaboration.connections, collaboration.listenersPerAddress);
  const flow = new FlowLimits(limits.messagesPerSecond, limits.bytesPerSecond);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.frameBytes });
  const heartbeat = keepAlive(sockets);
  server.on("upgrade", (request: IncomingMessage, connection: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? "/", "http://studio");
    if (url.pathname !== "/socket" || !allowed?.host(request.headers.host) || !allowed.origin(request.headers.origin)) {
      connection.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    const role = access.roleOf(url.searchParams.get("token") ?? undefined);
    // Listeners are limited in all and per address; the conductor and invited participants always get in.
    const address = request.socket.remoteAddress ?? "";
    if (role.kind === "listener" && !listeners.admit(address)) {
      connection.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
      return;
    }
    sockets.handleUpgrade(request, connection, head, (socket) => {
      if (role.kind === "listener") socket.once("close", () => listeners.leave(address));
      sockets.emit("connection", socket, request);
      attachSocket(socket, studio, role, flow, sender(role, address));
    });
  });

  await listen(server, host, options.port ?? 8080, options.nextPorts ?? 0).catch(async (failure: unknown) => {
    await history.close();
    release();
    throw failure;
  });
  const port = (server.address() as AddressInfo).port;
  allowed = new AllowedHosts(host, port, options.allowHosts);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  base = `http://${publicHost(host)}:${port}/`;
  const url = `http://${shownHost}:${port}/`;
  return {
    url,
    conductorUrl: `${url}?token=${access.conductorToken}`,
    port,
    notices: history.repaired ? [history.repaired] : [],
    async close() {
      await studio.close();
      for (const socket of sockets.clients) socket.terminate();
      clearInterval(heartbeat);
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await history.close();
      release();
    },
  };
}
