// Many participants playing together: N WebSocket clients each submit their module of the band
// at the rate limit (2 a second) for S seconds while the song plays. Nothing may be lost (every
// submission answered and in the history); the music's timing is measured as the headroom of
// each event (its due time minus when a watching browser got it, same process and clock).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitModule } from "../src/collab/marker.ts";
import { connect, copyBand, invite, removeFolder, serveBand, tokenOf, type Client } from "../test/collab/band.ts";
import { runIfMain, type Row } from "./table.ts";

export interface Together {
  readonly submitted: number;
  readonly answered: number;
  /** Submissions of the participants found in the history file. */
  readonly recorded: number;
  readonly outcomes: Readonly<Record<string, number>>;
  /** Milliseconds from sending a submission to its answer. */
  readonly answerTimes: readonly number[];
  /** Due time minus arrival at a watching browser, per event (negative: late). */
  readonly headroom: readonly number[];
}

const modules = ["Drums", "Bass", "Keys"];
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** One participant: every `interval` ms a variant of its module's part, made on the latest version it saw. */
async function participate(client: Client, module: string, folder: string, until: number, interval: number, times: number[]): Promise<number> {
  const welcome = await client.next("welcome");
  let version = welcome.modules.find((state) => state.name === module)!.version;
  client.socket.on("message", (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === "module" && message.module.name === module) version = message.module.version;
  });
  const region = splitModule(readFileSync(join(folder, `${module}.hs`), "utf8")).region;
  const pending: Promise<unknown>[] = [];
  let id = 0;
  // A steady pace, each submission `interval` after the one before: a participant held up does not
  // catch up with a burst (which the limit would refuse).
  for (let next = performance.now(); next < until; ) {
    await sleep(Math.max(0, next - performance.now()));
    const sent = performance.now();
    next = sent + interval;
    client.send({ type: "submit", id: ++id, module, base: version, region: `${region}-- take ${id}\n` });
    const wanted = id;
    pending.push(client.next("result", (message) => message.id === wanted, 30_000).then(() => times.push(performance.now() - sent)));
  }
  await Promise.all(pending);
  return id;
}

export async function playTogether(participants: number, seconds: number): Promise<Together> {
  const folder = copyBand();
  const server = await serveBand(folder);
  try {
    const conductor = await connect(server, tokenOf(server.conductorUrl));
    await conductor.next("welcome");
    const headroom: number[] = [];
    conductor.socket.on("message", (data) => {
      const arrived = performance.now();
      const message = JSON.parse(data.toString());
      if (message.type === "timeline") for (const event of message.events) headroom.push(event.due - arrived);
    });
    const clients: { client: Client; module: string }[] = [];
    for (let index = 0; index < participants; index++) {
      const module = modules[index % modules.length];
      const { token } = await invite(conductor, `player ${index + 1}`, [module]);
      clients.push({ client: await connect(server, token), module });
    }
    conductor.send({ type: "transport", action: "play" });
    const answerTimes: number[] = [];
    const until = performance.now() + seconds * 1000;
    const counts = await Promise.all(clients.map(({ client, module }, index) =>
      sleep((index * 500) / participants).then(() => participate(client, module, folder, until, 500, answerTimes))));
    const history = readFileSync(join(folder, ".refrain", "history.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));
    const mine = history.filter((entry) => entry.who.startsWith("player "));
    const outcomes: Record<string, number> = {};
    for (const entry of mine) outcomes[entry.outcome] = (outcomes[entry.outcome] ?? 0) + 1;
    for (const { client } of clients) client.close();
    conductor.close();
    return { submitted: counts.reduce((sum, count) => sum + count, 0), answered: answerTimes.length, recorded: mine.length, outcomes, answerTimes, headroom };
  } finally {
    await server.close();
    removeFolder(folder);
  }
}

/** The values at the given fractions of the sorted list, as text. */
function percentiles(values: readonly number[], fractions: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
  return fractions.map((fraction) => at(fraction).toFixed(1)).join(" / ");
}

export async function run(): Promise<Row[]> {
  const participants = Number(process.env.REFRAIN_BENCH_PARTICIPANTS ?? 50);
  const seconds = Number(process.env.REFRAIN_BENCH_SECONDS ?? 60);
  const result = await playTogether(participants, seconds);
  const name = `${participants} participants, 2 submissions/s each, ${seconds} s`;
  const late = result.headroom.map((headroom) => Math.max(0, -headroom));
  const outcomes = Object.entries(result.outcomes).map(([outcome, count]) => `${count} ${outcome}`).join(", ");
  return [
    { benchmark: name, measure: "submitted / answered / in history", value: `${result.submitted} / ${result.answered} / ${result.recorded} (${outcomes})`, target: "all equal" },
    { benchmark: name, measure: "answer time p50 / p99 / max", value: `${percentiles(result.answerTimes, [0.5, 0.99, 1])} ms`, target: "" },
    { benchmark: name, measure: "event headroom min / p1 / p50 (due - arrival)", value: `${percentiles(result.headroom, [0, 0.01, 0.5])} ms (${result.headroom.length} events)`, target: "> 0" },
    { benchmark: name, measure: "events late at the browser", value: `${late.filter((value) => value > 0).length} (max ${Math.max(0, ...late).toFixed(1)} ms)`, target: "0" },
  ];
}

await runIfMain(import.meta.url, run);
