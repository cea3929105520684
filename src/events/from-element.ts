// Elements of `main` (live-sequencer's `Midi` module) as steps with timed MIDI-level events:
// `Wait ms` advances time, `Event (Channel c msg)` / `Event msg` / `Say text` become events.
// Channel c addresses port c div 16, MIDI channel c mod 16. Bad values are reported and skipped.

import { Data, listToBytes, listToString, showValue } from "../reduce/index.ts";
import { compareNumbers, isNumber, toFloat, type Num } from "../core/index.ts";
import type { Span } from "../text/index.ts";
import type { EventMessage, MidiMessage, TimedEvent } from "./event.ts";
import type { SongFile } from "./step.ts";

const noEvents: readonly TimedEvent[] = Object.freeze([]);

/** An element of `main` as a step of the song; its `show` text is made only when asked for. */
export class PlayedElement {
  readonly kind = "element";
  constructor(
    readonly time: number,
    private readonly value: unknown,
    readonly reduced: readonly Span[],
    /** How far the element moves time (ms), exactly: the Wait's length, else 0. */
    readonly exactWait: Num,
    readonly events: readonly TimedEvent[],
    /** Why the element was skipped, when it was. */
    readonly problem: string | undefined,
    /** The file a `WriteFile` element asks to write. */
    readonly file?: SongFile,
  ) {}

  get wait(): number {
    return toFloat(this.exactWait);
  }

  /** The same element, reported and skipped for `problem`. */
  skipped(problem: string): PlayedElement {
    return new PlayedElement(this.time, this.value, this.reduced, this.exactWait, noEvents, problem, this.file);
  }

  /** The element printed as Haskell's `show` prints it. */
  get trace(): string {
    return showValue(this.value);
  }
}

/**
 * Reads a fully evaluated element reached at `time`; `spans`: where its event is highlighted
 * (the song's own part of `reduced`). Notes and Waits of whole milliseconds, nearly every
 * element, are read with few tests (a function small enough for the engine to inline); all
 * others, and every problem, by `readElement`.
 */
export function playedElement(time: number, value: unknown, reduced: readonly Span[], spans: readonly Span[]): PlayedElement {
  if (value instanceof Data) {
    const name = value.con.name;
    if (name === "Event") {
      const event = noteEvent(value.f0, time, spans);
      if (event !== undefined) return new PlayedElement(time, value, reduced, 0, [event], undefined);
    } else if (name === "Wait") {
      const length = value.f0;
      if (typeof length === "number" && length >= 0) return new PlayedElement(time, value, reduced, length, noEvents, undefined);
    }
  }
  return readElement(time, value, reduced, spans);
}

/** The event of `On`/`Off` (with or without `Channel c`) when all is in range, else undefined. */
function noteEvent(message: unknown, time: number, spans: readonly Span[]): TimedEvent | undefined {
  if (!(message instanceof Data)) return undefined;
  let channel = 0;
  if (message.con.name === "Channel") {
    // Integers are JavaScript numbers only while they are safe integers (see numbers.ts).
    const number = message.f0;
    if (typeof number !== "number" || number < 0 || !(message.f1 instanceof Data)) return undefined;
    channel = number;
    message = message.f1;
  }
  const { con, f0: pitch, f1: velocity } = message as Data;
  if (!isDataByte(pitch) || !isDataByte(velocity)) return undefined;
  const messages = con.name === "On" ? (velocity === 0 ? undefined : noteOns) : con.name === "Off" ? noteOffs : undefined;
  if (messages === undefined) return undefined;
  const shared = messages[pitch * 128 + velocity] ??= { type: messages === noteOns ? "noteOn" : "noteOff", pitch, velocity };
  return { time, port: channel < 16 ? 0 : Math.floor(channel / 16), channel: channel % 16, message: shared, spans };
}

/** Note messages are immutable: each is made once, by pitch and velocity, and shared by all its events. */
const noteOns: MidiMessage[] = new Array(128 * 128), noteOffs: MidiMessage[] = new Array(128 * 128);

/** A whole number 0–127 (a MIDI data byte). */
function isDataByte(value: unknown): value is number {
  return typeof value === "number" && (value & 127) === value;
}

/** Reads any element, saying why it is skipped when it is. */
function readElement(time: number, value: unknown, reduced: readonly Span[], spans: readonly Span[]): PlayedElement {
  if (!(value instanceof Data)) return skipped(time, value, reduced, "an element of `main` must be `Wait`, `Event`, `Say` or `WriteFile`");
  switch (value.con.name) {
    case "Wait": {
      const length = value.f0;
      if (!isNumber(length)) return skipped(time, value, reduced, "`Wait` needs a number of milliseconds");
      if (compareNumbers(length, 0) < 0) return skipped(time, value, reduced, `negative Wait ${toFloat(length)} skipped`);
      return new PlayedElement(time, value, reduced, length, noEvents, undefined);
    }
    case "Say": {
      const text = listToString(value.f0);
      if (text === undefined) return skipped(time, value, reduced, "`Say` needs a string");
      return new PlayedElement(time, value, reduced, 0, [{ time, port: 0, channel: 0, message: { type: "say", text }, spans }], undefined);
    }
    case "Event": {
      const event = timedEvent(value.f0, time, spans);
      if (typeof event === "string") return skipped(time, value, reduced, event);
      return new PlayedElement(time, value, reduced, 0, [event], undefined);
    }
    case "WriteFile": {
      const path = listToString(value.f0), bytes = listToBytes(value.f1);
      if (!path) return skipped(time, value, reduced, "`WriteFile` needs a file name");
      if (!bytes) return skipped(time, value, reduced, "`WriteFile` needs bytes (whole numbers 0–255)");
      return new PlayedElement(time, value, reduced, 0, noEvents, undefined, { path, bytes });
    }
    default:
      return skipped(time, value, reduced, `\`${value.con.name}\` is not an element of a song (Wait, Event, Say or WriteFile)`);
  }
}

/** The step of an element that is reported and skipped. */
function skipped(time: number, value: unknown, reduced: readonly Span[], problem: string): PlayedElement {
  return new PlayedElement(time, value, reduced, 0, noEvents, problem);
}

function whole(value: unknown, low: number, high: number): number | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < low || value > high) return undefined;
  return value;
}

/** The event of `Event message` (with or without `Channel c`), or why it is skipped. */
function timedEvent(message: unknown, time: number, spans: readonly Span[]): TimedEvent | string {
  let channelNumber = 0;
  if (message instanceof Data && message.con.name === "Channel") {
    const channel = whole(message.f0, 0, Number.MAX_SAFE_INTEGER);
    if (channel === undefined) return "a channel must be a whole number ≥ 0";
    channelNumber = channel;
    message = message.f1;
  }
  const midi = midiMessage(message);
  if (typeof midi === "string") return midi;
  return { time, port: Math.floor(channelNumber / 16), channel: channelNumber % 16, message: midi, spans };
}

/** The MIDI message of `On`, `Off`, `PgmChange`, `Controller`, or why it is out of range. */
function midiMessage(message: unknown): EventMessage | string {
  if (!(message instanceof Data)) return "an event must carry a MIDI message";
  const first = message.f0, second = message.f1;
  switch (message.con.name) {
    case "On": {
      const pitch = whole(first, 0, 127), velocity = whole(second, 1, 127);
      if (pitch === undefined) return `pitch ${showValue(first)} is outside 0–127; note skipped`;
      if (velocity === undefined) return `velocity ${showValue(second)} is outside 1–127; note skipped`;
      return { type: "noteOn", pitch, velocity };
    }
    case "Off": {
      const pitch = whole(first, 0, 127), velocity = whole(second, 0, 127);
      if (pitch === undefined) return `pitch ${showValue(first)} is outside 0–127; note-off skipped`;
      if (velocity === undefined) return `velocity ${showValue(second)} is outside 0–127; note-off skipped`;
      return { type: "noteOff", pitch, velocity };
    }
    case "PgmChange": {
      const program = whole(first, 0, 127);
      return program === undefined ? `program ${showValue(first)} is outside 0–127; skipped` : { type: "program", program };
    }
    case "Controller": {
      const controller = whole(first, 0, 127), value = whole(second, 0, 127);
      if (controller === undefined || value === undefined) return `controller ${showValue(first)} value ${showValue(second)} is outside 0–127; skipped`;
      return { type: "control", controller, value };
    }
    default:
      return `\`${message.con.name}\` is not a MIDI message (On, Off, PgmChange, Controller)`;
  }
}
