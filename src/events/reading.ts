// An event as a musician reads it: `C#5 on · velocity 127 · channel 0`, `C#5 off · channel 0`,
// `program 4 · channel 0`, `controller 7 → 100 · channel 0` (key 60 is C4, as in Euterpea;
// channels numbered as the song numbers them: port 1's first channel is 16). Texts have none.

import type { TimedEvent } from "./event.ts";

const noteNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

/** The name of a MIDI key: 60 is C4, 73 is C#5. */
export function noteName(key: number): string {
  return `${noteNames[key % 12]}${Math.floor(key / 12) - 1}`;
}

/** The reading of an event (of the song, or as it reaches a browser), or undefined for a text. */
export function eventReading(event: Pick<TimedEvent, "port" | "channel" | "message">): string | undefined {
  const channel = `channel ${event.port * 16 + event.channel}`;
  const message = event.message;
  switch (message.type) {
    case "noteOn":
      return `${noteName(message.pitch)} on · velocity ${message.velocity} · ${channel}`;
    case "noteOff":
      return `${noteName(message.pitch)} off · ${channel}`;
    case "program":
      return `program ${message.program} · ${channel}`;
    case "control":
      return `controller ${message.controller} → ${message.value} · ${channel}`;
    case "say":
      return undefined;
  }
}
