// Where the library is and how much memory a song may take by default: what the server's thread
// and the command line need to know without loading the compiler.

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The `lib/` folder that ships with Refrain. */
export const libraryFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../lib");

/** Megabytes of heap a song's term may fill by default (`--memory`): far below what the machine and V8 allow. */
export const defaultMemoryLimit = 1024;
