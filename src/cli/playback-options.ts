// Options the playback commands (render, play) share beyond the song's own: how long to play
// (`--seconds S`, needed for a song that does not end) and other numbers with a fractional part.

import { option, UsageError, type Arguments } from "./arguments.ts";

/** A number (fractions allowed) within [low, high], or undefined when the option is absent. */
export function decimalOption(args: Arguments, flag: string, low: number, high: number): number | undefined {
  const text = option(args, flag);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < low || value > high) {
    throw new UsageError(`${flag} needs a number from ${low} to ${high}, not ${text}`);
  }
  return value;
}

/** `--seconds S`: the song's length to play or render, in seconds. */
export function secondsOption(args: Arguments): number | undefined {
  return decimalOption(args, "--seconds", 0.001, 1e7);
}
