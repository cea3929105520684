// How much one sender may send: messages and bytes per second, counted per sender (a
// participant's link, the conductor, a listener's address), not per socket, so that opening more
// sockets buys nothing. Past the budget a message is dropped unread (one warning a second); far
// past it the socket is closed. Checked before a message is parsed, so a flood costs little.

export type Admission = "pass" | "warn" | "drop" | "close";

interface Window {
  start: number;
  messages: number;
  bytes: number;
}

/** A sender this many times over its budget within a second is cut off. */
const closeFactor = 4;

export class FlowLimits {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly messagesPerSecond: number, private readonly bytesPerSecond: number, private readonly now: () => number = () => Date.now()) {}

  /** Whether a message of `bytes` from `sender` is read now. */
  admit(sender: string, bytes: number): Admission {
    const now = this.now();
    let window = this.windows.get(sender);
    if (window === undefined || now - window.start >= 1000) {
      if (this.windows.size > 1000) this.forgetStale(now);
      window = { start: now, messages: 0, bytes: 0 };
      this.windows.set(sender, window);
    }
    const over = (limit: number, count: number) => count > limit;
    const wasOver = over(this.messagesPerSecond, window.messages) || over(this.bytesPerSecond, window.bytes);
    window.messages++;
    window.bytes += bytes;
    if (window.messages > closeFactor * this.messagesPerSecond || window.bytes > closeFactor * this.bytesPerSecond) return "close";
    if (!over(this.messagesPerSecond, window.messages) && !over(this.bytesPerSecond, window.bytes)) return "pass";
    return wasOver ? "drop" : "warn";
  }

  private forgetStale(now: number): void {
    for (const [sender, window] of this.windows) if (now - window.start >= 1000) this.windows.delete(sender);
  }
}
