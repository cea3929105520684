// `refrain render FILE -o OUT.mid|OUT.wav [--seconds S] [--soundfont FILE]`: the song's events as
// a MIDI file, or as audio through a SoundFont synthesizer (a progress bar on a terminal).

import { option, parseArguments, requirePositional, UsageError } from "./arguments.ts";
import { secondsOption } from "./playback-options.ts";
import { ProblemReporter } from "./problems.ts";
import { startWaveRenderer } from "../sinks/wave-renderer.ts";
import { fileKind, writeSongFile } from "./song-files.ts";
import { songOptions } from "./song-options.ts";

const usage = "refrain render FILE -o OUT.mid|OUT.wav [--seconds S] [--soundfont FILE] [-I DIR]... [--strategy need|name]";

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, ["-o", "--seconds", "--soundfont", ...songOptions]);
  const [file] = requirePositional(args, 1, usage);
  const output = option(args, "-o");
  if (output === undefined || !fileKind(output)) throw new UsageError(`-o needs an output file ending in .mid or .wav\nusage: ${usage}`);
  const seconds = secondsOption(args);
  // A WAV file's synthesizer loads in its own thread while the compiler loads and compiles the song.
  const renderer = fileKind(output) === "wave" ? startWaveRenderer(option(args, "--soundfont")) : undefined;
  const { openOrReport, writeRequestedFile } = await import("./song.ts");
  const session = openOrReport(file, args, { writeFile: writeRequestedFile });
  if (!session) return 1;
  const printError = (text: string) => process.stderr.write(text + "\n");
  const problems = new ProblemReporter(session, printError);
  const failure = await writeSongFile(session, output, {
    seconds,
    renderer,
    progress: process.stderr.isTTY ? process.stderr : undefined,
    report: (problem) => problems.report(problem),
  });
  const summary = problems.summary();
  if (summary) printError(summary);
  if (failure) printError(failure);
  return failure ? 1 : 0;
}
