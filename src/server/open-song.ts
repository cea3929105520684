// Opens a song file as a live song evaluated in a worker thread: the one place where the server
// meets the language.

import { IsolatedSong, type IsolatedSongOptions } from "../isolate/isolated-song.ts";
import { SongError } from "../session/song-error.ts";
import type { Song } from "./song.ts";

export { SongError, type IsolatedSongOptions as SongOptions };

/** Rejects with SongError when the song does not load. The studio needs the spans of what was reduced. */
export function openSong(file: string, options: IsolatedSongOptions = {}): Promise<Song> {
  return IsolatedSong.open(file, { ...options, trail: true });
}
