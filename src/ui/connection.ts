// The browser's side of the studio WebSocket: sends requests, hands server messages to the
// studio, and reconnects with a growing pause when the server goes away.

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

  get open(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
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
