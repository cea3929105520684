// Send-time lateness of the live outputs, as `--record` measures it: 200 MIDI messages a second
// for 30 s through the scheduler and the timing worker, idle, while the interpreter computes the
// polyrhythm benchmark in another process, and with every core busy; then the polyrhythm song
// itself played by the interpreter (on the main thread), also while its module is edited twice a
// second (compiled and type-checked on the main thread). Prints p50, p99 and max of sent - due.

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { ElementStep } from "../src/events/index.ts";
import { cutAt, Scheduler, timeoutTimer, type RestartableSource } from "../src/schedule/index.ts";
import { openSong, type Session } from "../src/session/index.ts";
import { parseRecord } from "../src/sinks/record.ts";
import { TimedOutput } from "../src/sinks/timed-output.ts";
import { monotonicClock } from "../src/sinks/timing-queue.ts";
import { runIfMain, type Row } from "./table.ts";

const seconds = Number(process.env.REFRAIN_BENCH_SECONDS ?? 30);
const messagesPerSecond = 200;
const polyrhythm = "bench/songs/polyrhythm.hs";

/** A note-on or note-off every 5 ms. */
function steadySource(): RestartableSource {
  let index = 0;
  const period = 1000 / messagesPerSecond;
  return {
    next(): ElementStep {
      const time = index * period;
      const message = index % 2 === 0 ? { type: "noteOn" as const, pitch: 60, velocity: 64 } : { type: "noteOff" as const, pitch: 60, velocity: 0 };
      index++;
      return { kind: "element", time, trace: "", events: [{ time, port: 0, channel: 0, message, spans: [] }], reduced: [] };
    },
    restart: () => (index = 0),
  };
}

/** Plays `source` for the benchmark's length with `--record`; returns sent - due of every message. */
async function recordLateness(source: RestartableSource): Promise<number[]> {
  const path = join(mkdtempSync(join(tmpdir(), "refrain-lateness-")), "record.jsonl");
  const output = await TimedOutput.start({ origin: monotonicClock.now(), record: path, onError: (message) => console.error(message) });
  await new Promise<void>((resolve) => {
    const scheduler = new Scheduler({
      source: cutAt(source, seconds * 1000),
      clock: monotonicClock,
      timer: timeoutTimer,
      sinks: [output],
      listener: { ended: resolve, failed: (message) => (console.error(message), resolve()) },
    });
    scheduler.play();
  });
  await output.close();
  return readFileSync(path, "utf8").trimEnd().split("\n").map((line) => {
    const record = parseRecord(line);
    return record.sent - record.due;
  });
}

/** Runs `count` copies of a command until the returned function is called. */
function busy(count: number, args: readonly string[]): () => () => void {
  return () => {
    const children: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, args, { stdio: "ignore" }));
    return () => children.forEach((child) => child.kill());
  };
}

/** The interpreter computing the polyrhythm as fast as it can, in another process. */
const busyInterpreter = busy(1, ["--import", "./bin/typescript.js", "src/cli/main.ts", "events", polyrhythm, "--format", "none"]);
/** One spinning process per core. */
const busyProcesses = busy(availableParallelism(), ["-e", "for (;;) {}"]);

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function row(benchmark: string, lateness: number[]): Row {
  const sorted = [...lateness].sort((a, b) => a - b);
  const value = [0.5, 0.99].map((fraction) => percentile(sorted, fraction)).concat(sorted.at(-1)!).map((ms) => ms.toFixed(3)).join(" / ");
  return { benchmark, measure: "lateness p50 / p99 / max", value: `${value} ms (${sorted.length} messages)`, target: "p99 ≤ 1 ms idle" };
}

async function edited(name: string): Promise<Row> {
  const session = openSong(polyrhythm);
  return scenario(name, editing(session), session);
}

async function scenario(name: string, busy: () => () => void, source: RestartableSource = steadySource()): Promise<Row> {
  const stop = busy();
  try {
    return row(name, await recordLateness(source));
  } finally {
    stop();
  }
}

/** While playing, the song's module is edited twice a second (a comment changes, the program is compiled and checked). */
function editing(session: Session): () => () => void {
  return () => {
    const text = readFileSync(polyrhythm, "utf8");
    let count = 0;
    const timer = setInterval(() => {
      const diagnostics = session.update("Main", `${text}\n-- edit ${++count}\n`);
      if (diagnostics.length > 0) console.error(diagnostics);
    }, 500);
    return () => clearInterval(timer);
  };
}

export async function run(): Promise<Row[]> {
  const nothing = () => () => {};
  const steady = `${messagesPerSecond} msg/s for ${seconds} s`;
  return [
    await scenario(`record, ${steady}, idle`, nothing),
    await scenario(`record, ${steady}, interpreter computing the polyrhythm in another process`, busyInterpreter),
    await scenario(`record, ${steady}, all cores busy (other processes)`, busyProcesses),
    await scenario(`record, polyrhythm song played for ${seconds} s`, nothing, openSong(polyrhythm)),
    await edited(`record, polyrhythm song played for ${seconds} s, its module edited twice a second`),
  ];
}

await runIfMain(import.meta.url, run);
