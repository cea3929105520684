// The OSC output (Node): every event leaves at once over UDP as a bundle time-tagged with its
// due time on the wall clock. Sent bundles cannot be recalled, so a cancel (pause, stop) ends
// each note they would still start with a note-off bundle at the very same time tag.

import { createSocket, type Socket } from "node:dgram";
import { isIPv6 } from "node:net";
import type { Clock, Delivery, Sink } from "../schedule/index.ts";
import { encodeBundle, eventMessage } from "./osc.ts";

export interface OscTarget {
  readonly host: string;
  readonly port: number;
}

/** `HOST:PORT` (or `[V6]:PORT`), or undefined when malformed. */
export function parseOscTarget(text: string): OscTarget | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(text);
  const port = Number(match?.[3]);
  if (!match || port < 1 || port > 65535) return undefined;
  return { host: match[1] ?? match[2], port };
}

export class OscSink implements Sink {
  private readonly socket: Socket;
  /** Wall-clock ms minus scheduler-clock ms. */
  private readonly offset: number;
  private failure: string | undefined;
  /** Note-ons sent whose time may not have come yet. */
  private noteOns: Delivery[] = [];

  constructor(private readonly target: OscTarget, private readonly clock: Clock, onError: (message: string) => void) {
    this.socket = createSocket(isIPv6(target.host) ? "udp6" : "udp4");
    this.socket.on("error", (error) => {
      if (this.failure) return;
      this.failure = `OSC to ${target.host}:${target.port}: ${error.message}`;
      onError(this.failure);
    });
    this.offset = globalThis.performance.timeOrigin + globalThis.performance.now() - clock.now();
  }

  deliver(delivery: Delivery): void {
    this.send(delivery);
    if (delivery.event.message.type !== "noteOn") return;
    const now = this.clock.now();
    this.noteOns = this.noteOns.filter((sent) => sent.due > now);
    this.noteOns.push(delivery);
  }

  /** Notes that sent bundles start after `time` are ended at once (at the receiver, on their time tag). */
  cancel(time: number): void {
    for (const { due, event } of this.noteOns) {
      if (due <= time || event.message.type !== "noteOn") continue;
      this.send({ due, event: { ...event, message: { type: "noteOff", pitch: event.message.pitch, velocity: 0 } } });
    }
    this.noteOns = this.noteOns.filter((sent) => sent.due <= time);
  }

  private send(delivery: Delivery): void {
    const bundle = encodeBundle(delivery.due + this.offset, [eventMessage(delivery.event)]);
    this.socket.send(bundle, this.target.port, this.target.host);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}
