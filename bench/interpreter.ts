// Interpreter throughput on the fixed workloads of bench/songs: elements and rule firings per
// CPU-second, heap after N elements, and the p99.9 time to the next element.

import { join } from "node:path";
import { openSong } from "../src/session/index.ts";
import { runIfMain, type Row } from "./table.ts";

const workloads = [
  { name: "(a) melody loop", song: "melody-loop.hs", target: 3_000_000 },
  { name: "(b) 8 voices merged", song: "eight-voices.hs", target: 1_000_000 },
  { name: "(c) 8-voice polyrhythm", song: "polyrhythm.hs", target: 500_000 },
];

function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export async function run(elements = Number(process.env.REFRAIN_BENCH_ELEMENTS ?? 10_000_000)): Promise<Row[]> {
  const rows: Row[] = [];
  for (const workload of workloads) {
    const session = openSong(join(import.meta.dirname, "songs", workload.song));
    const gaps = new Float64Array(elements);
    const before = session.statistics;
    const tenth = Math.floor(elements / 10);
    let heapAtTenth = 0;
    const start = process.cpuUsage();
    let previous = performance.now();
    for (let index = 0; index < elements; index++) {
      if (session.next().kind !== "element") throw new Error(`${workload.song} ended or failed`);
      const now = performance.now();
      gaps[index] = now - previous;
      previous = now;
      if (index === tenth) heapAtTenth = heapAfterCollection();
    }
    const seconds = cpuSeconds(start);
    const after = session.statistics;
    const heap = heapAfterCollection();
    gaps.sort();
    const measure = (name: string, value: string, target = "") => rows.push({ benchmark: workload.name, measure: name, value, target });
    measure("elements/CPU-s", format(elements / seconds), `≥ ${format(workload.target)}`);
    measure("rules fired/CPU-s", format((after.firings - before.firings) / seconds));
    measure("reductions/CPU-s", format((after.steps - before.steps) / seconds));
    measure(`heap after ${format(tenth)} / ${format(elements)} elements`, `${(heapAtTenth / 1e6).toFixed(1)} / ${(heap / 1e6).toFixed(1)} MB`, "flat");
    measure("p99.9 time to next element", `${(gaps[Math.floor(elements * 0.999)] * 1000).toFixed(1)} µs`);
  }
  return rows;
}

/** Bytes of JavaScript heap in use after a full collection (when the benchmark runs with --expose-gc). */
function heapAfterCollection(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

function format(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

await runIfMain(import.meta.url, run);
