// OSC 1.0 encoding for the OSC output: a song's events as messages `/refrain/midi` (int32 port,
// channel, status, data1, data2) and `/refrain/say` (string), wrapped in bundles time-tagged in
// NTP format with their due time, so an OSC synth (e.g. SuperCollider) can schedule them exactly.

import { midiBytes, type TimedEvent } from "../events/index.ts";

/** An int32 (numbers) or a string argument. */
export type OscArgument = number | string;

export interface OscMessage {
  readonly address: string;
  readonly arguments: readonly OscArgument[];
}

/** Seconds from the NTP epoch (1900) to the Unix epoch (1970). */
const ntpEpochOffset = 2_208_988_800;

/** A string as OSC wants it: UTF-8, NUL-terminated, padded to a multiple of 4 bytes. */
function oscString(text: string): number[] {
  const bytes = [...new TextEncoder().encode(text), 0];
  while (bytes.length % 4 !== 0) bytes.push(0);
  return bytes;
}

function int32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

export function encodeMessage(message: OscMessage): number[] {
  const tags = "," + message.arguments.map((argument) => (typeof argument === "number" ? "i" : "s")).join("");
  const data = message.arguments.flatMap((argument) => (typeof argument === "number" ? int32(argument) : oscString(argument)));
  return [...oscString(message.address), ...oscString(tags), ...data];
}

/** The NTP time tag (seconds since 1900, 32-bit fraction) of a Unix time in ms. */
export function ntpTimeTag(unixTime: number): { readonly seconds: number; readonly fraction: number } {
  const whole = Math.floor(unixTime / 1000);
  const fraction = Math.min(0xffffffff, Math.round(((unixTime - whole * 1000) / 1000) * 2 ** 32));
  return { seconds: whole + ntpEpochOffset, fraction };
}

/** A bundle of messages to be applied at `unixTime` (ms since 1970). */
export function encodeBundle(unixTime: number, messages: readonly OscMessage[]): Uint8Array {
  const tag = ntpTimeTag(unixTime);
  const elements = messages.flatMap((message) => {
    const bytes = encodeMessage(message);
    return [...int32(bytes.length), ...bytes];
  });
  return Uint8Array.from([...oscString("#bundle"), ...int32(tag.seconds), ...int32(tag.fraction), ...elements]);
}

/** The OSC message of one event. */
export function eventMessage(event: TimedEvent): OscMessage {
  const message = event.message;
  if (message.type === "say") return { address: "/refrain/say", arguments: [message.text] };
  const [status, data1, data2 = 0] = midiBytes(event.channel, message);
  return { address: "/refrain/midi", arguments: [event.port, event.channel, status, data1, data2] };
}
