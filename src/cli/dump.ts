// `refrain dump --stage parse|resolved|typed|core FILE`: prints the song's own modules as one stage of
// the pipeline made them (the syntax tree, the resolved tree, the types, the core term the reducer runs).

import { choiceOption, parseArguments, requirePositional } from "./arguments.ts";
import { songOptions } from "./song-options.ts";
import { openOrReport } from "./song.ts";
import { module as printSyntax } from "../parse/print.ts";
import { printModule } from "../resolve/print.ts";
import { printDefinition } from "../show/core.ts";
import { printTypedModule } from "../types/index.ts";

const stages = ["parse", "resolved", "typed", "core"] as const;

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv, [...songOptions, "--stage"]);
  const [file] = requirePositional(args, 1, "refrain dump --stage parse|resolved|typed|core FILE");
  const stage = choiceOption(args, "--stage", stages, "resolved");
  const session = openOrReport(file, args, { requireMain: false });
  if (!session) return 1;
  for (const module of session.compiledModules()) {
    const text = stage === "parse" ? printSyntax(module.syntax).join("\n") + "\n"
      : stage === "resolved" ? printModule(module.resolved)
      : stage === "typed" ? (module.typed ? printTypedModule(module.resolved, module.typed) : "")
      : [...module.definitions.values()].map(printDefinition).join("\n");
    process.stdout.write(text);
  }
  return 0;
}
