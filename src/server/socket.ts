// One browser's WebSocket -> a studio Participant: refuses binary, oversized, malformed and
// too-frequent messages with an error reply, and drops a browser that cannot keep up.

import { WebSocket, type RawData } from "ws";
import { limits, type ServerMessage } from "./protocol.ts";
import { parseRequest } from "./requests.ts";
import type { Participant, Studio } from "./studio.ts";

/** A browser this far behind in reading is disconnected rather than buffered for. */
const maximumBuffered = 32 * 1024 * 1024;

export function attachSocket(socket: WebSocket, studio: Studio, id: number): void {
  const participant: Participant = {
    id,
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
