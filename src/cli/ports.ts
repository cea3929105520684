// `refrain ports`: lists the MIDI output ports (`NUMBER: NAME`), or says in one line that this
// machine has no MIDI system.

import { parseArguments, requirePositional } from "./arguments.ts";
import { MidiUnavailable, outputPorts } from "../sinks/midi-system.ts";

export async function run(argv: string[]): Promise<number> {
  requirePositional(parseArguments(argv, []), 0, "refrain ports");
  let names: string[];
  try {
    names = await outputPorts();
  } catch (error) {
    if (!(error instanceof MidiUnavailable)) throw error;
    process.stderr.write(`refrain: ${error.message}\n`);
    return 1;
  }
  if (names.length === 0) process.stdout.write("no MIDI output ports\n");
  for (const [port, name] of names.entries()) process.stdout.write(`${port}: ${name}\n`);
  return 0;
}
