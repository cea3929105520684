// Opens a song file as a live Session: the one place where the server meets the language.

import { openSong as openSession, SongError, type SessionOptions } from "../session/index.ts";
import type { Song } from "./song.ts";

export { SongError, type SessionOptions };

/** Throws SongError when the song does not load. The studio needs the spans of what was reduced. */
export function openSong(file: string, options: SessionOptions = {}): Song {
  return openSession(file, { ...options, trail: true });
}
