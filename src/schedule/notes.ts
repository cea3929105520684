// Which channels a song has used and which notes are sounding, so that stopping, pausing or
// cutting a song can silence exactly what it started (note-offs, then All Notes Off per channel).

import type { TimedEvent } from "../events/index.ts";

/** Controller 123: All Notes Off. */
export const allNotesOffController = 123;

function channelKey(event: TimedEvent): number {
  return event.port * 16 + event.channel;
}

export class NoteTracker {
  /** Port*16+channel of every channel that received a MIDI message. */
  private readonly used = new Set<number>();
  /** Sounding pitches per channel key. */
  private readonly sounding = new Map<number, Set<number>>();

  /** Follows one event as it is handed to the outputs. */
  note(event: TimedEvent): void {
    const message = event.message;
    if (message.type === "say") return;
    const key = channelKey(event);
    this.used.add(key);
    if (message.type === "noteOn") {
      if (!this.sounding.has(key)) this.sounding.set(key, new Set());
      this.sounding.get(key)!.add(message.pitch);
    }
    if (message.type === "noteOff") this.sounding.get(key)?.delete(message.pitch);
  }

  /** Undoes events that were handed over and then taken back (`cancelled`, in their order). */
  undo(cancelled: readonly TimedEvent[]): void {
    for (const event of [...cancelled].reverse()) {
      const message = event.message;
      if (message.type !== "noteOn" && message.type !== "noteOff") continue;
      const key = channelKey(event);
      if (!this.sounding.has(key)) this.sounding.set(key, new Set());
      if (message.type === "noteOn") this.sounding.get(key)!.delete(message.pitch);
      else this.sounding.get(key)!.add(message.pitch);
    }
  }

  /** Note-offs at `time` for every sounding note (the tracker changes when they pass `note`). */
  releases(time: number): TimedEvent[] {
    const events: TimedEvent[] = [];
    for (const [key, pitches] of this.sounding) {
      for (const pitch of pitches) events.push(this.event(time, key, { type: "noteOff", pitch, velocity: 0 }));
    }
    return events;
  }

  /** Every note was silenced (the song's end or error was reached). */
  forget(): void {
    this.sounding.clear();
  }

  /** `releases`, then All Notes Off on every channel used so far. */
  silence(time: number): TimedEvent[] {
    const events = this.releases(time);
    for (const key of this.used) {
      events.push(this.event(time, key, { type: "control", controller: allNotesOffController, value: 0 }));
    }
    return events;
  }

  private event(time: number, key: number, message: TimedEvent["message"]): TimedEvent {
    return { time, port: Math.floor(key / 16), channel: key % 16, message, spans: [] };
  }
}
