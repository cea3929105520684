// `refrain eval FILE EXPR`: evaluates EXPR in FILE's scope and prints the value fully, as `show` would.

import { parseArguments, requirePositional } from "./arguments.ts";
import { songOptions } from "./song-options.ts";
import { openOrReport } from "./song.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, songOptions);
  const [file, expression] = requirePositional(args, 2, "refrain eval FILE EXPR");
  const session = openOrReport(file, args, { requireMain: false });
  if (!session) return 1;
  const result = session.evaluate(expression);
  if ("value" in result) {
    process.stdout.write(result.value + "\n");
    return 0;
  }
  if ("error" in result) process.stderr.write(result.error + "\n");
  else for (const diagnostic of result.diagnostics) process.stderr.write(session.format(diagnostic) + "\n");
  return 1;
}
