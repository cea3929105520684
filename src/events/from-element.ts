// Elements of `main` (live-sequencer's `Midi` module) to timed MIDI-level events:
// `Wait ms` advances time, `Event (Channel c msg)` / `Event msg` / `Say text` become events.
// Channel c addresses port c div 16, MIDI channel c mod 16. Bad values are reported and skipped.

import { Data, listToString } from "../reduce/index.ts";
import { compareNumbers, isNumber, toFloat, type Num } from "../program/index.ts";
import type { Span } from "../text/index.ts";
import type { EventMessage, TimedEvent } from "./event.ts";

export interface ElementEffect {
  /** How far the element moves time (ms): the Wait's length, else 0. */
  readonly wait: Num;
  readonly event: TimedEvent | undefined;
  /** Why the element was skipped, when it was. */
  readonly problem: string | undefined;
}

const nothing = (problem?: string): ElementEffect => ({ wait: 0, event: undefined, problem });

function field(value: Data, index: number): unknown {
  return value.fields[index];
}

function whole(value: unknown, low: number, high: number): number | undefined {
  if (typeof value !== "number" || !Number.isInteger(value) || value < low || value > high) return undefined;
  return value;
}

/** Reads one fully evaluated element. */
export function elementEffect(element: unknown, time: number, spans: readonly Span[]): ElementEffect {
  if (!(element instanceof Data)) return nothing("an element of `main` must be `Wait`, `Event` or `Say`");
  switch (element.con.name) {
    case "Wait": {
      const length = field(element, 0);
      if (!isNumber(length)) return nothing("`Wait` needs a number of milliseconds");
      if (compareNumbers(length, 0) < 0) return nothing(`negative Wait ${toFloat(length)} skipped`);
      return { wait: length, event: undefined, problem: undefined };
    }
    case "Say": {
      const text = listToString(field(element, 0));
      if (text === undefined) return nothing("`Say` needs a string");
      return { wait: 0, event: { time, port: 0, channel: 0, message: { type: "say", text }, spans }, problem: undefined };
    }
    case "Event": {
      let message = field(element, 0);
      let channelNumber = 0;
      if (message instanceof Data && message.con.name === "Channel") {
        const channel = whole(field(message, 0), 0, Number.MAX_SAFE_INTEGER);
        if (channel === undefined) return nothing("a channel must be a whole number ≥ 0");
        channelNumber = channel;
        message = field(message, 1);
      }
      const midi = midiMessage(message);
      if (typeof midi === "string") return nothing(midi);
      const event: TimedEvent = { time, port: Math.floor(channelNumber / 16), channel: channelNumber % 16, message: midi, spans };
      return { wait: 0, event, problem: undefined };
    }
    default:
      return nothing(`\`${element.con.name}\` is not an element of a song (Wait, Event or Say)`);
  }
}

/** The MIDI message of `On`, `Off`, `PgmChange`, `Controller`, or why it is out of range. */
function midiMessage(message: unknown): EventMessage | string {
  if (!(message instanceof Data)) return "an event must carry a MIDI message";
  const first = field(message, 0), second = field(message, 1);
  switch (message.con.name) {
    case "On": {
      const pitch = whole(first, 0, 127), velocity = whole(second, 1, 127);
      if (pitch === undefined) return `pitch ${String(first)} is outside 0–127; note skipped`;
      if (velocity === undefined) return `velocity ${String(second)} is outside 1–127; note skipped`;
      return { type: "noteOn", pitch, velocity };
    }
    case "Off": {
      const pitch = whole(first, 0, 127), velocity = whole(second, 0, 127);
      if (pitch === undefined) return `pitch ${String(first)} is outside 0–127; note-off skipped`;
      if (velocity === undefined) return `velocity ${String(second)} is outside 0–127; note-off skipped`;
      return { type: "noteOff", pitch, velocity };
    }
    case "PgmChange": {
      const program = whole(first, 0, 127);
      return program === undefined ? `program ${String(first)} is outside 0–127; skipped` : { type: "program", program };
    }
    case "Controller": {
      const controller = whole(first, 0, 127), value = whole(second, 0, 127);
      if (controller === undefined || value === undefined) return `controller ${String(first)} value ${String(second)} is outside 0–127; skipped`;
      return { type: "control", controller, value };
    }
    default:
      return `\`${message.con.name}\` is not a MIDI message (On, Off, PgmChange, Controller)`;
  }
}
