// Type checking as an edit meets it: the whole library plus Children's Songs No. 6 checked from
// cold; a warm edit of a song module of 260 lines (compiled again alone, the library reused); and
// of a library module with the modules importing it. CPU time; medians of repeated runs in one process.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Compiler, type ModuleReader, type ModuleText } from "../src/program/index.ts";
import { createPrimitives, primitiveDefinitions } from "../src/reduce/index.ts";
import { libraryFolder } from "../src/session/places.ts";
import { checkModule, combineEnvironments, type TypeEnvironment } from "../src/types/index.ts";
import { runIfMain, type Row } from "./table.ts";

const song = join(import.meta.dirname, "../examples/children-song-6.hs");
const library = "Euterpea.Transform";

function cpuMilliseconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

const reader: ModuleReader = (name) => {
  try {
    return { name, file: join(libraryFolder, ...name.split(".")) + ".hs", text: readFileSync(join(libraryFolder, ...name.split(".")) + ".hs", "utf8"), library: true };
  } catch {
    return undefined;
  }
};

function compiler(): Compiler {
  return new Compiler(createPrimitives({ read: (_name, _kind, _low, _high, initial) => initial }), primitiveDefinitions);
}

/**
 * Compiling `texts` again after each of `repeats` edits of the module `edited`: the median CPU time
 * of the process (background compiler and collector threads included) and of the main thread's time.
 */
function warmCompiles(texts: ReadonlyMap<string, ModuleText>, edited: string, repeats: number): { cpu: number; main: number } {
  const warm = compiler();
  const first = warm.compile(texts, "Main", reader).program;
  if (!first) throw new Error("the song does not compile");
  const all = new Map(first.texts);
  const original = all.get(edited)!;
  const cpu: number[] = [], main: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const changed = new Map(all).set(edited, { ...original, text: `${original.text}\n-- edit ${index}\n` });
    const start = process.cpuUsage(), started = performance.now();
    const result = warm.compile(changed, "Main", reader);
    main.push(performance.now() - started);
    cpu.push(cpuMilliseconds(start));
    if (!result.program) throw new Error("the edited song does not compile");
  }
  return { cpu: median(cpu), main: median(main) };
}

function both(times: { cpu: number; main: number }): string {
  return `${times.cpu.toFixed(1)} ms CPU, ${times.main.toFixed(1)} ms on the main thread`;
}

export async function run(repeats = 40): Promise<Row[]> {
  const main: ModuleText = { name: "Main", file: song, text: readFileSync(song, "utf8") };
  const texts = new Map([["Main", main]]);
  const program = compiler().compile(texts, "Main", reader).program!;

  // From cold: every module's check, in import order, from nothing.
  const cold = median(Array.from({ length: repeats }, () => {
    const start = process.cpuUsage();
    const environments: TypeEnvironment[] = [];
    for (const module of program.modules.values()) environments.push(checkModule(module.resolved, combineEnvironments(environments)).environment);
    return cpuMilliseconds(start);
  }));

  // A song module of a library module's size: Euterpea's Transform module as the song's own.
  const transform = reader(library)!;
  const songModule = `${transform.text.replace(/^module Euterpea\.Transform[\s\S]*?\) where/m, "module Main where")}\nmain = []\n`;
  const ownModule = warmCompiles(new Map([["Main", { name: "Main", file: "Transforms.hs", text: songModule }]]), "Main", repeats);
  const dependents = [...program.modules.values()].filter((module) => module.syntax.imports.some((item) => item.module.text === library)).map((module) => module.name);
  const libraryModule = warmCompiles(texts, library, repeats);
  const lines = transform.text.split("\n").length;
  return [
    { benchmark: "type check", measure: `library + Children's Songs No. 6 from cold (${program.modules.size} modules), median of ${repeats}`, value: `${cold.toFixed(1)} ms CPU`, target: "" },
    { benchmark: "type check", measure: `warm edit of a song module of ${lines} lines: whole compile (parse, resolve, check, desugar), median of ${repeats}`, value: both(ownModule), target: "≤ 30 ms" },
    { benchmark: "type check", measure: `warm edit of ${library} (${lines} lines) and the modules importing it (${dependents.join(", ")}, …)`, value: both(libraryModule), target: "" },
  ];
}

await runIfMain(import.meta.url, run);
