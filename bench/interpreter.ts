// Interpreter throughput on the fixed workloads of bench/songs: elements and rule firings per
// CPU-second, heap after N elements, and the p99.9 time to the next element.

import { join } from "node:path";
import { openSong, type Session } from "../src/session/index.ts";
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
  const tenth = Math.floor(elements / 10);
  for (const workload of workloads) {
    const song = join(import.meta.dirname, "songs", workload.song);
    // The heap after a tenth of the elements, in a run of its own: a forced full collection in the
    // middle of the timed run would change the collector's state for the rest of it (see below).
    const heapAtTenth = heapAfter(openSong(song), tenth);
    const session = openSong(song);
    const before = session.statistics;
    const start = process.cpuUsage();
    for (let index = 0; index < elements; index++) pull(session);
    const seconds = cpuSeconds(start);
    const after = session.statistics;
    const heap = heapAfterCollection();
    // After a full collection everything live is in the old generation (see src/reduce/renewal.ts).
    const afterFull = elementsPerCpuSecond(session, tenth);
    // The time to each next element, in a pass of its own (reading the clock twice per element costs CPU time too).
    const gaps = timeEach(session, tenth);
    const measure = (name: string, value: string, target = "") => rows.push({ benchmark: workload.name, measure: name, value, target });
    measure("elements/CPU-s", format(elements / seconds), `≥ ${format(workload.target)}`);
    measure("rules fired/CPU-s", format((after.firings - before.firings) / seconds));
    measure("reductions/CPU-s", format((after.steps - before.steps) / seconds));
    measure(`heap after ${format(tenth)} / ${format(elements)} elements`, `${(heapAtTenth / 1e6).toFixed(1)} / ${(heap / 1e6).toFixed(1)} MB`, "flat");
    measure(`p99.9 time to next element (of ${format(tenth)})`, `${(gaps[Math.floor(tenth * 0.999)] * 1000).toFixed(1)} µs`);
    measure(`elements/CPU-s, ${format(tenth)} right after a full collection`, format(afterFull));
  }
  return rows;
}

function pull(session: Session): void {
  if (session.next().kind !== "element") throw new Error("a benchmark song ended or failed");
}

/** The time each of the next `elements` elements took (ms), sorted. */
function timeEach(session: Session, elements: number): Float64Array {
  const gaps = new Float64Array(elements);
  for (let index = 0; index < elements; index++) {
    const started = performance.now();
    pull(session);
    gaps[index] = performance.now() - started;
  }
  return gaps.sort();
}

function heapAfter(session: Session, elements: number): number {
  for (let index = 0; index < elements; index++) pull(session);
  return heapAfterCollection();
}

function elementsPerCpuSecond(session: Session, elements: number): number {
  const start = process.cpuUsage();
  for (let index = 0; index < elements; index++) pull(session);
  return elements / cpuSeconds(start);
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
