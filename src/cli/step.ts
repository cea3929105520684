// `refrain step FILE [--steps N]`: prints the current term after each reduction with the rule
// that fired, for teaching how a song unfolds.

import { parseArguments, requirePositional, wholeNumberOption } from "./arguments.ts";
import { songOptions } from "./song-options.ts";
import { openOrReport } from "./song.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, ["--steps", ...songOptions]);
  const [file] = requirePositional(args, 1, "refrain step FILE [--steps N]");
  const steps = wholeNumberOption(args, "--steps", 20);
  const session = openOrReport(file, args);
  if (!session) return 1;
  process.stdout.write(`0\t${session.currentTerm()}\n`);
  for (let count = 1; count <= steps; count++) {
    const step = session.stepReduction();
    if (step.kind === "reduction") {
      process.stdout.write(`${count}\t${step.rule ? `[${step.rule}] ` : ""}${step.term}\n`);
    } else if (step.kind === "element") {
      process.stdout.write(`${count}\telement at ${step.time} ms: ${step.trace}\n${count}\t${session.currentTerm()}\n`);
    } else if (step.kind === "end") {
      process.stdout.write(`${count}\tend of the song\n`);
      return 0;
    } else {
      process.stderr.write(step.message + "\n");
      return 1;
    }
  }
  return 0;
}
