// `refrain check FILE`: reports the song's errors and warnings as `file:line:col: error: message`; exit 1 on error.

import { parseArguments, requirePositional } from "./arguments.ts";
import { songOptions } from "./song-options.ts";
import { openOrReport } from "./song.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, songOptions);
  const [file] = requirePositional(args, 1, "refrain check FILE");
  return openOrReport(file, args, { requireMain: false }) ? 0 : 1;
}
