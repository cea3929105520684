// `refrain events FILE [--limit N] [--format trace|jsonl|none] [--swap K:FILE2]...`: prints the
// elements of `main` with their times (trace), or the MIDI-level events (jsonl); `--swap` applies
// a module's new text as a live edit after K elements.

import { once } from "node:events";
import { readFileSync } from "node:fs";
import type { ElementStep, TimedEvent } from "../events/index.ts";
import { UsageError, choiceOption, parseArguments, requirePositional, wholeNumberOption } from "./arguments.ts";
import { declaredModuleName } from "../session/index.ts";
import { songOptions } from "./song-options.ts";
import { openOrReport, writeRequestedFile } from "./song.ts";

const usage = "refrain events FILE [--limit N] [--format trace|jsonl|none] [--swap K:FILE2]... [--strategy need|name] [-I DIR]...";

interface Swap {
  readonly after: number;
  readonly file: string;
}

function parseSwap(text: string): Swap {
  const match = /^(\d+):(.+)$/.exec(text);
  if (!match) throw new UsageError(`--swap needs K:FILE (K elements, then FILE), not ${text}`);
  return { after: Number(match[1]), file: match[2] };
}

function eventJson(event: TimedEvent): string {
  const { time, port, channel, message } = event;
  return JSON.stringify({ time, port, channel, ...message });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, ["--limit", "--format", "--swap", ...songOptions]);
  const [file] = requirePositional(args, 1, usage);
  const limit = wholeNumberOption(args, "--limit", Infinity);
  const format = choiceOption(args, "--format", ["trace", "jsonl", "none"] as const, "trace");
  const swaps = (args.options.get("--swap") ?? []).map(parseSwap).sort((a, b) => a.after - b.after);
  const session = openOrReport(file, args, { writeFile: writeRequestedFile });
  if (!session) return 1;

  const output: string[] = [];
  // A reader that stops (`| head`) ends the song here, quietly: its EPIPE is seen at each flush.
  let readerGone = false;
  process.stdout.on("error", (failure: NodeJS.ErrnoException) => {
    if (failure.code !== "EPIPE") throw failure;
    readerGone = true;
  });
  const flush = async () => {
    if (output.length > 0 && !readerGone && !process.stdout.write(output.join(""))) await once(process.stdout, "drain").catch(() => undefined);
    output.length = 0;
    await new Promise(setImmediate);
  };
  let status = 0;
  for (let count = 0; count < limit && !readerGone; count++) {
    while (swaps.length > 0 && swaps[0].after === count) {
      const swap = swaps.shift()!;
      const text = readFileSync(swap.file, "utf8");
      const name = session.modules().find((module) => module.file === swap.file)?.name ?? declaredModuleName(text, swap.file);
      const diagnostics = session.update(name, text);
      for (const diagnostic of diagnostics) process.stderr.write(session.format(diagnostic).replace(/^[^:]+(?=:\d+:\d+:)/, swap.file) + "\n");
    }
    const step: ElementStep = session.next();
    if (step.kind === "end") break;
    if (step.kind === "error") {
      await flush();
      process.stderr.write(step.message + "\n");
      status = 1;
      break;
    }
    if (step.problem) process.stderr.write(`${step.time}: warning: ${step.problem}\n`);
    if (format === "trace") output.push(`${step.time}\t${step.trace}\n`);
    else if (format === "jsonl") for (const event of step.events) output.push(eventJson(event) + "\n");
    if (output.length >= 512) await flush();
  }
  await flush();
  return status;
}
