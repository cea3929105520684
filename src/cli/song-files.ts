// A song written to a file: all of its events collected (cut at --seconds), then a MIDI file or a
// WAV file rendered with a SoundFont, with a progress bar while rendering on a terminal.

import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { collect, cutAt, formatSongTime, type Problem, type RestartableSource } from "../schedule/index.ts";
import { midiFile } from "../sinks/smf.ts";

export type FileKind = "midi" | "wave";

export interface FileOptions {
  /** Cut the song after this many seconds (needed for a song that does not end). */
  readonly seconds?: number;
  /** SoundFont for WAV files (default: the one npm installs). */
  readonly soundfont?: string;
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
  const collected = collect(source, { report: options.report });
  if (collected.kind === "endless") {
    return `refrain: the song does not end (still playing after ${formatSongTime(collected.time)} of music, ${collected.elements} elements); give --seconds S`;
  }
  if (collected.kind === "error") return collected.message;
  let bytes: Uint8Array;
  if (kind === "midi") {
    bytes = midiFile(collected.events, collected.end, basename(path, extname(path)));
  } else {
    // The synthesizer is loaded only for a WAV file.
    const [{ readSoundfont }, { renderAudio }, { encodeWave }] = await Promise.all([import("../sinks/soundfont.ts"), import("../sinks/wav.ts"), import("../sinks/wave-file.ts")]);
    let soundfont: ArrayBuffer;
    try {
      soundfont = await readSoundfont(options.soundfont);
    } catch (error) {
      return `refrain: cannot use the SoundFont: ${(error as Error).message}`;
    }
    const audio = await renderAudio(collected.events, collected.end, { soundfont, progress: progressBar(options.progress) });
    bytes = encodeWave(audio);
  }
  try {
    await writeFile(path, bytes);
  } catch (error) {
    return `refrain: cannot write ${path}: ${(error as Error).message}`;
  }
  return undefined;
}
