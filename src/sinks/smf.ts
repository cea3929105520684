// MIDI files: a song's events as a Standard MIDI File, format 1. Track 0 holds the tempo and the
// `Say` texts; then one track per channel used, in port and channel order. Channels of port P > 0
// are marked with the MIDI Port meta event (FF 21 01 P) at the start of their track.
// Timing: 1000 ticks per quarter at 1,000,000 µs per quarter, so a tick is exactly 1 ms.

import { midiBytes, type TimedEvent } from "../events/index.ts";

export const ticksPerQuarter = 1000;
export const microsecondsPerQuarter = 1_000_000;

const meta = { text: 0x01, trackName: 0x03, port: 0x21, endOfTrack: 0x2f, tempo: 0x51 } as const;

/** Bytes of one track: events with ticks that never decrease, then End of Track. */
class TrackWriter {
  private readonly bytes: number[] = [];
  private tick = 0;

  at(tick: number, data: readonly number[]): void {
    this.variableLength(Math.max(0, tick - this.tick));
    this.tick = Math.max(this.tick, tick);
    this.bytes.push(...data);
  }

  meta(tick: number, type: number, data: readonly number[]): void {
    this.at(tick, [0xff, type]);
    this.variableLength(data.length);
    this.bytes.push(...data);
  }

  text(tick: number, type: number, text: string): void {
    this.meta(tick, type, [...new TextEncoder().encode(text)]);
  }

  finish(tick: number): number[] {
    this.meta(Math.max(tick, this.tick), meta.endOfTrack, []);
    return [0x4d, 0x54, 0x72, 0x6b, ...bigEndian(this.bytes.length, 4), ...this.bytes];
  }

  private variableLength(value: number): void {
    const groups = [value & 0x7f];
    for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) groups.unshift((rest & 0x7f) | 0x80);
    this.bytes.push(...groups);
  }
}

function bigEndian(value: number, size: number): number[] {
  return Array.from({ length: size }, (_, index) => Math.floor(value / 256 ** (size - 1 - index)) & 0xff);
}

/** A song time in ms as ticks (exact for whole milliseconds). */
export function ticks(time: number): number {
  return Math.round(time);
}

/** The MIDI file of a song's events (in time order) lasting `end` ms. */
export function midiFile(events: readonly TimedEvent[], end: number, title?: string): Uint8Array {
  const conductor = new TrackWriter();
  if (title) conductor.text(0, meta.trackName, title);
  conductor.meta(0, meta.tempo, bigEndian(microsecondsPerQuarter, 3));
  const channels = new Map<number, TrackWriter>();
  for (const event of events) {
    const message = event.message;
    if (message.type === "say") {
      conductor.text(ticks(event.time), meta.text, message.text);
      continue;
    }
    const key = event.port * 16 + event.channel;
    let track = channels.get(key);
    if (!track) channels.set(key, (track = channelTrack(event.port, event.channel)));
    track.at(ticks(event.time), midiBytes(event.channel, message));
  }
  const endTick = ticks(end);
  const tracks = [conductor, ...[...channels.entries()].sort(([a], [b]) => a - b).map(([, track]) => track)];
  const header = [0x4d, 0x54, 0x68, 0x64, ...bigEndian(6, 4), ...bigEndian(1, 2), ...bigEndian(tracks.length, 2), ...bigEndian(ticksPerQuarter, 2)];
  return Uint8Array.from([...header, ...tracks.flatMap((track) => track.finish(endTick))]);
}

function channelTrack(port: number, channel: number): TrackWriter {
  const track = new TrackWriter();
  track.text(0, meta.trackName, port > 0 ? `port ${port} channel ${channel}` : `channel ${channel}`);
  if (port > 0) track.meta(0, meta.port, [port & 0x7f]);
  return track;
}
