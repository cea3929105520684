// Run as its own process by the memory test and the soak benchmark: plays a song's elements
// with one evaluator and prints, as JSON, the resident memory (after a full collection) at
// each checkpoint, in MB.
//   node --expose-gc --import ./bin/typescript.js test/memory/pull.ts SONG compiled|machine N1 N2 …

import { openSong } from "../../src/session/index.ts";

const [song, evaluator, ...counts] = process.argv.slice(2);
const session = openSong(song, { compiled: evaluator === "compiled" });
const resident: number[] = [];
let played = 0;
for (const count of counts.map(Number)) {
  for (; played < count; played++) {
    const step = session.next();
    if (step.kind !== "element") throw new Error(`${song}: ${step.kind === "error" ? step.message : "the song ended"}`);
  }
  globalThis.gc?.();
  resident.push(Math.round(process.memoryUsage.rss() / 1e5) / 10);
}
console.log(JSON.stringify({ song, evaluator, counts: counts.map(Number), resident }));
