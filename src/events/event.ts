// Timed MIDI-level events: what the interpreter's elements become and what the scheduler
// and the outputs consume. Nothing here knows the language.

import type { Span } from "../text/index.ts";

export type MidiMessage =
  | { readonly type: "noteOn"; readonly pitch: number; readonly velocity: number }
  | { readonly type: "noteOff"; readonly pitch: number; readonly velocity: number }
  | { readonly type: "program"; readonly program: number }
  | { readonly type: "control"; readonly controller: number; readonly value: number };

export type EventMessage = MidiMessage | { readonly type: "say"; readonly text: string };

export interface TimedEvent {
  /** Absolute time in milliseconds from the start of the song: the exact sum of the Waits before it. */
  readonly time: number;
  /** Channel `n` of the song addresses port `n div 16`, MIDI channel `n mod 16`. */
  readonly port: number;
  readonly channel: number;
  readonly message: EventMessage;
  /** Source spans of the rules and calls that produced the event (for highlighting). */
  readonly spans: readonly Span[];
}

/** The raw MIDI bytes of a message on a channel (status byte first). */
export function midiBytes(channel: number, message: MidiMessage): number[] {
  switch (message.type) {
    case "noteOn":
      return [0x90 | channel, message.pitch, message.velocity];
    case "noteOff":
      return [0x80 | channel, message.pitch, message.velocity];
    case "program":
      return [0xc0 | channel, message.program];
    case "control":
      return [0xb0 | channel, message.controller, message.value];
  }
}
