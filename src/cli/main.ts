// The `refrain` command line: dispatches to one file per command and turns every failure into
// a clear message and an exit code (never a stack trace).

import { UsageError } from "./arguments.ts";

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  events: { summary: "events FILE [--limit N] [--format trace|jsonl|none] [--swap K:FILE2]...   print the song's elements", load: () => import("./events.ts") },
  eval: { summary: "eval FILE EXPR                       evaluate an expression in the song's scope", load: () => import("./eval.ts") },
  check: { summary: "check FILE                           report errors as file:line:col", load: () => import("./check.ts") },
  dump: { summary: "dump --stage parse|resolved|typed|core FILE  print the song as one stage of the pipeline makes it", load: () => import("./dump.ts") },
  step: { summary: "step FILE [--steps N]                the term after each reduction, with the rule that fired", load: () => import("./step.ts") },
  render: { summary: "render FILE -o OUT.mid|OUT.wav [--seconds S]   write a MIDI or WAV file", load: () => import("./render.ts") },
  play: { summary: "play FILE [--midi PORT|--virtual NAME] [--osc HOST:PORT] [--record PATH] [--latency MS] [--seconds S] [--watch]", load: () => import("./play.ts") },
  ports: { summary: "ports                                list MIDI output ports", load: () => import("./ports.ts") },
  serve: { summary: "serve [FILE|DIR] [--port N] [--host H]   open the studio in the browser", load: () => import("./serve.ts") },
};

const help = `Refrain: live music programming in a small lazy functional language.

usage: refrain COMMAND ...

${Object.values(commands).map((command) => `  refrain ${command.summary}`).join("\n")}

Options for songs: -I DIR (more module folders), --strategy need|name, --budget STEPS (per element), --memory MB.
`;

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help);
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`refrain: unknown command '${name}'; see 'refrain --help'\n`);
    return 1;
  }
  try {
    const { run } = await command.load();
    return await run(rest);
  } catch (problem) {
    if (problem instanceof UsageError) {
      process.stderr.write(`refrain ${name}: ${problem.message}\n`);
      return 1;
    }
    const message = problem instanceof Error ? problem.message : String(problem);
    process.stderr.write(`refrain ${name}: internal error: ${message}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
