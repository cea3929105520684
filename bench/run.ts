// `npm run bench`: every benchmark in one table (interpreter throughput, WAV render speed,
// send-time lateness of the live outputs). Figures are CPU time or ratios measured in one run.

import { formatTable, type Row } from "./table.ts";
import { run as interpreter } from "./interpreter.ts";
import { run as render } from "./render.ts";
import { run as lateness } from "./lateness.ts";

const rows: Row[] = [];
for (const [name, benchmark] of [["interpreter", interpreter], ["render", render], ["lateness", lateness]] as const) {
  process.stderr.write(`running the ${name} benchmark…\n`);
  rows.push(...(await benchmark()));
}
console.log(formatTable(rows));
