// `npm run bench`: every benchmark in one table (start-up of each command, interpreter throughput, memory over a long run, type checking, WAV render speed,
// send-time lateness of the live outputs, many participants submitting, a participant flooding, the studio's frame rate
// and server load). Figures are CPU time or ratios measured in one run. Each benchmark's modules
// are loaded when it starts, so the interpreter's heap figures are not those of a browser driver.

import { formatTable, type Row } from "./table.ts";

const benchmarks: readonly (readonly [string, () => Promise<{ run: () => Promise<Row[]> }>])[] = [
  ["startup", () => import("./startup.ts")],
  ["interpreter", () => import("./interpreter.ts")],
  ["soak", () => import("./soak.ts")],
  ["typecheck", () => import("./typecheck.ts")],
  ["render", () => import("./render.ts")],
  ["lateness", () => import("./lateness.ts")],
  ["participants", () => import("./participants.ts")],
  ["flood", () => import("./flood.ts")],
  ["studio", () => import("./studio.ts")],
];

const rows: Row[] = [];
for (const [name, load] of benchmarks) {
  process.stderr.write(`running the ${name} benchmark…\n`);
  rows.push(...(await (await load()).run()));
}
console.log(formatTable(rows));
