// `npm run bench`: every benchmark in one table (interpreter throughput, WAV render speed,
// send-time lateness of the live outputs, many participants submitting, the studio's frame rate
// and server load). Figures are CPU time or ratios measured in one run.

import { formatTable, type Row } from "./table.ts";
import { run as interpreter } from "./interpreter.ts";
import { run as render } from "./render.ts";
import { run as lateness } from "./lateness.ts";
import { run as participants } from "./participants.ts";
import { run as studio } from "./studio.ts";

const rows: Row[] = [];
for (const [name, benchmark] of [["interpreter", interpreter], ["render", render], ["lateness", lateness], ["participants", participants], ["studio", studio]] as const) {
  process.stderr.write(`running the ${name} benchmark…\n`);
  rows.push(...(await benchmark()));
}
console.log(formatTable(rows));
