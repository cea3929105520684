// A song written to a file: all of its events collected (cut at --seconds), then a MIDI file or a
// WAV file rendered with a SoundFont, with a progress bar while rendering on a terminal.

import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { collect, cutAt, formatSongTime, type Problem, type RestartableSource } from "../schedule/index.ts";
import { midiFile } from "../sinks/smf.ts";
import { startWaveRenderer, type WaveRenderer } from "../sinks/wave-renderer.ts";

export type FileKind = "midi" | "wave";

export interface FileOptions {
  /** Cut the song after this many seconds (needed for a song that does not end). */
  readonly seconds?: number;
  /** For a WAV file: the renderer, started ahead so that it loads while the song compiles (else one with the default SoundFont). */
  readonly renderer?: WaveRenderer;
  /** Where a progress bar goes, if anywhere. */
  readonly progress?: NodeJS.WriteStream;
  readonly report: (problem: Problem) => void;
}

export function fileKind(path: string): FileKind | undefined {
  const extension = extname(path).toLowerCase();
  return extension === ".mid" || extension === ".midi" ? "midi" : extension === ".wav" ? "wave" : undefined;
}

function progressBar(stream: NodeJS.WriteStream | undefined): ((fraction: number) => void) | undefined {
  if (!stream) return undefined;
  return (fraction) => {
    const width = 30;
    const done = Math.round(fraction * width);
    stream.write(fraction >= 1 ? "\r\x1b[2K" : `\rrendering [${"#".repeat(done)}${" ".repeat(width - done)}] ${Math.floor(fraction * 100)}%`);
  };
}

/** Writes the song to `path` (.mid or .wav); returns the message to print when it cannot. */
export async function writeSongFile(song: RestartableSource, path: string, options: FileOptions): Promise<string | undefined> {
  const kind = fileKind(path);
  if (!kind) return `refrain: cannot tell the file type of ${path}; use .mid or .wav`;
  const source = options.seconds === undefined ? song : cutAt(song, options.seconds * 1000);
  // A WAV file's events are rendered while the rest of the song is being collected.
  const renderer = kind === "wave" ? options.renderer ?? startWaveRenderer() : undefined;
  const collected = collect(source, { report: options.report, heard: renderer && ((events) => renderer.play(events)) });
  if (collected.kind !== "song") renderer?.cancel();
  if (collected.kind === "endless") {
    return `refrain: the song does not end (still playing after ${formatSongTime(collected.time)} of music, ${collected.elements} elements); give --seconds S`;
  }
  if (collected.kind === "error") return collected.message;
  let file: Uint8Array[];
  if (!renderer) {
    file = [midiFile(collected.events, collected.end, basename(path, extname(path)))];
  } else {
    try {
      file = await renderer.finish(collected.end, progressBar(options.progress));
    } catch (error) {
      return `refrain: ${(error as Error).message}`;
    }
  }
  try {
    await writeFile(path, file);
  } catch (error) {
    return `refrain: cannot write ${path}: ${(error as Error).message}`;
  }
  return undefined;
}
