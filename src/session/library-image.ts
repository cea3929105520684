// The library image on disk (see program/library-image.ts). `npm run build` writes it beside the
// compiled code, as dist/library.image; the compiled code reads it when it opens or checks a song.
// The sources find none (src/library.image is never written): their compiler may not be the one
// that wrote it.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LibraryImage } from "../program/index.ts";
import { libraryFolder } from "./places.ts";

/** Where the code that runs looks for its image. */
export const libraryImageFile = fileURLToPath(new URL("../library.image", import.meta.url));

let loaded: LibraryImage | undefined | null = null;

/** The image beside the code that runs, read once; undefined when there is none. */
export function libraryImage(): LibraryImage | undefined {
  if (loaded === null) loaded = existsSync(libraryImageFile) ? LibraryImage.read(readFileSync(libraryImageFile), libraryFolder) : undefined;
  return loaded;
}
