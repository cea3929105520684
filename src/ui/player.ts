// Elements from the server -> MIDI messages on the chosen output at their exact due times, and
// the state the views show: which voices sound now (with their source spans) and the notes.

import { midiBytes, type EventMessage } from "../events/index.ts";

/** A span into a module's text as it was at `version` (the version current when it arrived). */
export interface TaggedSpan {
  readonly file: string;
  readonly version: number;
  readonly start: number;
  readonly end: number;
}

/** Times are due times on this browser's `performance.now()` clock. */
export interface LocalEvent {
  readonly at: number;
  readonly port: number;
  readonly channel: number;
  readonly message: EventMessage;
  readonly spans: readonly TaggedSpan[];
}

export interface LocalElement {
  readonly at: number;
  readonly time: number;
  readonly trace: string;
  /** Its events as a musician reads them (`C#5 on · velocity 127 · channel 0`). */
  readonly reading?: string;
  readonly reduced: readonly TaggedSpan[];
}

export interface Output {
  /** Sends `bytes` at local time `at` (already past: at once) to a port's channels. */
  send(bytes: number[], at: number, port: number): void;
}

export interface Voice {
  readonly channel: number;
  readonly spans: readonly TaggedSpan[];
}

export interface RollNote {
  readonly channel: number;
  readonly pitch: number;
  readonly start: number;
  end?: number;
}

type Handed = { readonly at: number; readonly port: number; readonly channel: number };

const allNotesOff = 123;
const allSoundOff = 120;

export class Player {
  private output: Output | undefined;
  private handed: Handed[] = [];
  /** Events and elements not yet reached; `undefined` events mark a silence. */
  private events: { at: number; event?: LocalEvent }[] = [];
  private elements: LocalElement[] = [];
  private readonly voices = new Map<string, Voice>();
  private readonly used = new Map<string, { port: number; channel: number }>();
  readonly notes: RollNote[] = [];
  /** Song time of the latest element reached, and when it was reached. */
  lastTime = 0;
  lastAt = 0;
  /** Grows whenever the set of sounding voices changes. */
  soundingChanges = 0;

  constructor(private readonly reached: (element: LocalElement) => void) {}

  setOutput(output: Output | undefined): void {
    if (this.output) this.notesOff(this.output, performance.now());
    this.output = output;
  }

  receive(events: readonly LocalEvent[], elements: readonly LocalElement[]): void {
    const now = performance.now();
    this.handed = this.handed.filter((item) => item.at > now);
    for (const event of events) {
      this.roll(event);
      this.events.push({ at: event.at, event });
      if (event.message.type === "say") continue;
      this.used.set(`${event.port}:${event.channel}`, { port: event.port, channel: event.channel });
      if (!this.output) continue;
      this.output.send(midiBytes(event.channel, event.message), event.at, event.port);
      if (event.message.type === "noteOn") this.handed.push({ at: event.at, port: event.port, channel: event.channel });
    }
    this.elements.push(...elements);
  }

  /** Nothing due after `at` sounds; notes still on are released at `at`. */
  silence(at: number): void {
    const now = performance.now();
    if (this.output) {
      for (const item of this.handed) {
        if (item.at > at) this.output.send([0xb0 | item.channel, allSoundOff, 0], item.at, item.port);
      }
      this.notesOff(this.output, Math.max(at, now));
    }
    this.handed = this.handed.filter((item) => item.at <= at);
    this.events = this.events.filter((item) => item.at <= at);
    this.elements = this.elements.filter((element) => element.at <= at);
    for (let index = this.notes.length - 1; index >= 0; index--) {
      const note = this.notes[index];
      if (note.start > at) this.notes.splice(index, 1);
      else if (note.end === undefined || note.end > at) note.end = at;
    }
    this.events.push({ at });
  }

  /** Moves the view state to `now`: voices start and stop, elements reached are reported. */
  update(now: number): void {
    let index = 0;
    for (; index < this.events.length && this.events[index].at <= now; index++) {
      const event = this.events[index].event;
      if (event) this.sound(event);
      else if (this.voices.size > 0) {
        this.voices.clear();
        this.soundingChanges++;
      }
    }
    if (index > 0) this.events.splice(0, index);
    for (index = 0; index < this.elements.length && this.elements[index].at <= now; index++) {
      const element = this.elements[index];
      this.lastTime = element.time;
      this.lastAt = element.at;
      this.reached(element);
    }
    if (index > 0) this.elements.splice(0, index);
    const horizon = now - 6000;
    while (this.notes.length > 0 && this.notes[0].end !== undefined && this.notes[0].end < horizon) this.notes.shift();
  }

  sounding(): Iterable<Voice> {
    return this.voices.values();
  }

  private sound(event: LocalEvent): void {
    const message = event.message;
    if (message.type !== "noteOn" && message.type !== "noteOff") return;
    const key = `${event.port}:${event.channel}:${message.pitch}`;
    if (message.type === "noteOn" && message.velocity > 0) this.voices.set(key, { channel: event.channel, spans: event.spans });
    else this.voices.delete(key);
    this.soundingChanges++;
  }

  private roll(event: LocalEvent): void {
    const at = event.at;
    const message = event.message;
    if (message.type !== "noteOn" && message.type !== "noteOff") return;
    const channel = event.port * 16 + event.channel;
    for (let index = this.notes.length - 1; index >= 0; index--) {
      const note = this.notes[index];
      if (note.channel !== channel || note.pitch !== message.pitch || note.end !== undefined) continue;
      note.end = at;
      break;
    }
    if (message.type === "noteOn" && message.velocity > 0) this.notes.push({ channel, pitch: message.pitch, start: at });
    if (this.notes.length > 4000) this.notes.splice(0, this.notes.length - 4000);
  }

  private notesOff(output: Output, at: number): void {
    for (const { port, channel } of this.used.values()) output.send([0xb0 | channel, allNotesOff, 0], at, port);
  }
}
