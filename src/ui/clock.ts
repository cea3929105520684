// The server clock as seen from this browser: NTP-style pings estimate the offset between the
// server's clock and `performance.now()`, trusting the sample with the shortest round trip.

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

  serverNow(): number {
    return performance.now() + this.offset;
  }
}
