// Start-up as a user meets it: each command run as a new process, compiled (bin/refrain.js on a
// current dist/) and from the TypeScript sources (the module hook), the median of several runs,
// wall time and CPU time (user + system, from /usr/bin/time), both measured in this one run.
// `serve` is timed until it prints its address; the WAV render's speed is the music's length
// over the command's wall time. A first row times `node -e 0`, the floor on this machine at this moment.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compiledIsCurrent } from "../bin/compiled.js";
import { collect } from "../src/schedule/index.ts";
import { openSong } from "../src/session/index.ts";
import { runIfMain, type Row } from "./table.ts";

const root = join(import.meta.dirname, "..");
const runs = 7;
const timer = "/usr/bin/time";
const modes = {
  compiled: [join(root, "bin/refrain.js")],
  sources: ["--import", join(root, "bin/typescript.js"), join(root, "src/cli/main.ts")],
} as const;

interface Timing { readonly wall: number; readonly cpu: number }

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One run of a command to its end: wall seconds, and CPU seconds when /usr/bin/time is there. */
function once(mode: keyof typeof modes | "node", args: string[]): Timing {
  const command = [process.execPath, ...(mode === "node" ? [] : modes[mode]), ...args];
  const timed = existsSync(timer);
  const started = performance.now();
  const result = timed ? spawnSync(timer, ["-f", "%U %S", ...command], { cwd: root, encoding: "utf8" }) : spawnSync(command[0], command.slice(1), { cwd: root, encoding: "utf8" });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}`);
  const [user, system] = timed ? result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) : [NaN, NaN];
  return { wall, cpu: user + system };
}

/** One `serve` until it prints its address: wall seconds (CPU is not measured: it keeps running). */
function serveReady(mode: keyof typeof modes): Promise<Timing> {
  const started = performance.now();
  const server = spawn(process.execPath, [...modes[mode], "serve", "examples/paper-loop.hs", "--port", "0"], { cwd: root });
  return new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk: Buffer) => {
      if (!String(chunk).includes("Refrain studio:")) return;
      resolve({ wall: (performance.now() - started) / 1000, cpu: NaN });
      server.kill();
    });
    server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

/** The music's length (s), as the render collects it. */
function musicSeconds(song: string): number {
  const collected = collect(openSong(song));
  if (collected.kind !== "song") throw new Error(`${song} did not give a song: ${collected.kind}`);
  return collected.end / 1000;
}

async function measure(run: () => Timing | Promise<Timing>): Promise<Timing> {
  const timings: Timing[] = [];
  for (let index = 0; index < runs; index++) timings.push(await run());
  return { wall: median(timings.map((timing) => timing.wall)), cpu: median(timings.map((timing) => timing.cpu)) };
}

export async function run(): Promise<Row[]> {
  if (!compiledIsCurrent()) throw new Error("dist/ is older than the sources: npm run build first");
  const folder = mkdtempSync(join(tmpdir(), "refrain-startup-"));
  const music = musicSeconds(join(root, "examples/children-song-6.hs"));
  const commands: [string, string, string[] | "serve"][] = [
    ["refrain --help", "≤ 0.15 s", ["--help"]],
    ["refrain check paper-loop.hs", "≤ 0.3 s", ["check", "examples/paper-loop.hs"]],
    ["refrain render children-song-6.hs -o x.mid", "", ["render", "examples/children-song-6.hs", "-o", join(folder, "x.mid")]],
    ["refrain render children-song-6.hs -o x.wav", "≥ 20× real time", ["render", "examples/children-song-6.hs", "-o", join(folder, "x.wav")]],
    ["refrain serve, until ready", "≤ 0.6 s", "serve"],
  ];
  // Node's own start on this machine now: what no command can go below.
  const floor = await measure(() => once("node", ["-e", "0"]));
  const rows: Row[] = [{ benchmark: "start-up: node -e 0 (the floor)", measure: `median of ${runs}`, value: `${floor.wall.toFixed(2)} s (CPU ${floor.cpu.toFixed(2)} s)`, target: "" }];
  try {
    for (const [name, target, args] of commands) {
      const timings: Record<string, Timing> = {};
      for (const mode of ["compiled", "sources"] as const) timings[mode] = await measure(() => (args === "serve" ? serveReady(mode) : once(mode, args)));
      const shown = (timing: Timing) => `${timing.wall.toFixed(2)} s${Number.isNaN(timing.cpu) ? "" : ` (CPU ${timing.cpu.toFixed(2)} s)`}`;
      const speed = name.endsWith("x.wav") ? `, ${(music / timings.compiled.wall).toFixed(1)}× real time` : "";
      rows.push({ benchmark: `start-up: ${name}`, measure: `median of ${runs}`, value: `${shown(timings.compiled)}${speed}; from the sources ${shown(timings.sources)}`, target });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return rows;
}

await runIfMain(import.meta.url, run);
