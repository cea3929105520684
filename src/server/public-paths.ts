// Absolute paths of the server's machine stay on it: in everything sent to browsers, the song's
// folder is left out (module files and spans become song-relative) and Refrain's library folder
// becomes `lib/`. Applied to whole messages and pages as they leave, so no sender can forget it.

import { dirname } from "node:path";
import { libraryFolder } from "../session/places.ts";

export type PathHider = (text: string) => string;

/** Hides the folder of `mainFile` (the song's) and the library's in a text about to leave. */
export function publicPaths(mainFile: string): PathHider {
  const replacements: [string, string][] = [[`${dirname(mainFile)}/`, ""], [`${libraryFolder}/`, "lib/"]];
  return (text) => replacements.reduce((result, [path, shown]) => result.replaceAll(path, shown), text);
}
