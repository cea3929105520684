// `refrain play FILE [--midi PORT|--virtual NAME] [--osc HOST:PORT] [--record PATH] [--latency MS]
// [--seconds S] [--watch]`: plays the song live; with no output given, on the first MIDI port.

import { latencyRange, defaultLatency } from "../schedule/index.ts";
import { findPort, MidiUnavailable, type MidiTarget } from "../sinks/midi-system.ts";
import { parseOscTarget } from "../sinks/osc-udp.ts";
import { option, parseArguments, requirePositional, UsageError } from "./arguments.ts";
import { playSong } from "./player.ts";
import { decimalOption, secondsOption } from "./playback-options.ts";
import { liveTimeBudget, songOptions } from "./song-options.ts";
import { openOrReport, writeRequestedFile } from "./song.ts";

const usage = "refrain play FILE [--midi PORT|--virtual NAME] [--osc HOST:PORT] [--record PATH] [--latency MS] [--seconds S] [--watch] [-I DIR]... [--strategy need|name]";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, ["--midi", "--virtual", "--osc", "--record", "--latency", "--seconds", ...songOptions], ["--watch"]);
  const [file] = requirePositional(args, 1, usage);
  const port = option(args, "--midi");
  const virtual = option(args, "--virtual");
  if (port !== undefined && virtual !== undefined) throw new UsageError("give --midi PORT or --virtual NAME, not both");
  const oscText = option(args, "--osc");
  const osc = oscText === undefined ? undefined : parseOscTarget(oscText);
  if (oscText !== undefined && !osc) throw new UsageError(`--osc needs HOST:PORT, not ${oscText}`);
  const record = option(args, "--record");
  const latency = decimalOption(args, "--latency", latencyRange.minimum, latencyRange.maximum) ?? defaultLatency;
  const seconds = secondsOption(args);
  const session = openOrReport(file, args, { timeBudget: liveTimeBudget, writeFile: writeRequestedFile });
  if (!session) return 1;
  let midi: MidiTarget | undefined;
  try {
    if (virtual !== undefined) midi = { virtual };
    else if (port !== undefined || (!osc && record === undefined)) midi = await findPort(port);
  } catch (error) {
    if (!(error instanceof MidiUnavailable)) throw error;
    process.stderr.write(`refrain: ${error.message}\n`);
    return 1;
  }
  return playSong(session, { midi, osc, record, latency, seconds, watch: args.options.has("--watch") });
}
