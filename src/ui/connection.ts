// The browser's link to the studio server: the WebSocket (requests out, messages in, reconnecting
// with a growing pause when the server goes away) and the server clock as seen from here.

import type { ClientMessage, ServerMessage } from "../server/protocol.ts";

export interface ConnectionHandlers {
  message(message: ServerMessage): void;
  opened(): void;
  closed(): void;
}

export class Connection {
  private socket: WebSocket | undefined;
  private retryDelay = 500;

  constructor(private readonly url: string, private readonly handlers: ConnectionHandlers) {
    this.connect();
  }

  /** False when the message could not be sent (not connected). */
  send(message: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener("open", () => {
      this.retryDelay = 500;
      this.handlers.opened();
    });
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") return;
      this.handlers.message(JSON.parse(event.data) as ServerMessage);
    });
    socket.addEventListener("close", () => {
      if (this.socket !== socket) return;
      this.handlers.closed();
      setTimeout(() => this.connect(), this.retryDelay);
      this.retryDelay = Math.min(5000, this.retryDelay * 2);
    });
  }
}

const kept = 16;

export class ServerClock {
  private samples: { roundTrip: number; offset: number }[] = [];
  private offset = 0;
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ping: (id: number, sent: number) => boolean) {}

  /** Starts from the welcome's rough offset, then pings quickly a few times and every 2 s after. */
  start(serverTime: number): void {
    this.samples = [];
    this.offset = serverTime - performance.now();
    clearTimeout(this.timer);
    let burst = 8;
    const tick = () => {
      this.ping(this.nextId++, performance.now());
      this.timer = setTimeout(tick, burst-- > 0 ? 80 : 2000);
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  pong(sent: number, server: number): void {
    const received = performance.now();
    this.samples.push({ roundTrip: received - sent, offset: server - (sent + received) / 2 });
    if (this.samples.length > kept) this.samples.shift();
    this.offset = this.samples.reduce((best, sample) => (sample.roundTrip < best.roundTrip ? sample : best)).offset;
  }

  /** A server time as a local `performance.now()` time. */
  toLocal(serverTime: number): number {
    return serverTime - this.offset;
  }
}
