// `refrain check FILE`: reports the song's errors and warnings as `file:line:col: error: message`; exit 1 on error.
// The song is checked, not made runnable: nothing is desugared, and the library gives its interfaces (see CompilePurpose).

import { checkSong } from "../session/index.ts";
import { parseArguments, requirePositional } from "./arguments.ts";
import { sessionOptions, songOptions } from "./song-options.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, songOptions);
  const [file] = requirePositional(args, 1, "refrain check FILE");
  const { errors, warnings } = checkSong(file, sessionOptions(args));
  // As when a song is opened to run: its errors, or else its warnings.
  for (const line of errors.length > 0 ? errors : warnings) process.stderr.write(line + "\n");
  return errors.length > 0 ? 1 : 0;
}
