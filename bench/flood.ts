// A participant floods a real `refrain serve` of the band: 64 KiB submissions from 4 sockets as
// fast as they go for 20 s, while a listener (its clock aligned to the server's by pings)
// measures how late the music's events arrive. Reports the server's peak memory, the history's
// growth and the lateness.

import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { WebSocket } from "ws";
import type { StudioServer } from "../src/server/server.ts";
import { connect, copyBand, invite, removeFolder, tokenOf } from "../test/collab/band.ts";
import { runIfMain, type Row } from "./table.ts";

const seconds = 20;
const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The listener's view: events counted, and how late each late one was, on the server's clock. */
async function listen(url: string) {
  const socket = new WebSocket(`${url.replace("http", "ws")}socket`);
  const heard = { events: 0, late: [] as number[] };
  let offset = 0;
  let best = Infinity;
  const sentAt = new Map<number, number>();
  socket.on("message", (data) => {
    const now = performance.now();
    const message = JSON.parse(String(data));
    if (message.type === "pong" && now - sentAt.get(message.id)! < best) {
      best = now - sentAt.get(message.id)!;
      offset = message.server - (sentAt.get(message.id)! + now) / 2;
    }
    if (message.type === "timeline") {
      for (const event of message.events) {
        heard.events++;
        if (event.due < now + offset) heard.late.push(now + offset - event.due);
      }
    }
  });
  await new Promise((resolve) => socket.once("open", resolve));
  for (let id = 0; id < 10; id++, await sleep(50)) {
    sentAt.set(id, performance.now());
    socket.send(JSON.stringify({ type: "ping", id, sent: 0 }));
  }
  return { heard, close: () => socket.close() };
}

export async function run(): Promise<Row[]> {
  const folder = copyBand();
  const server = spawn(process.execPath, ["bin/refrain.js", "serve", folder, "--port", "0"], { cwd: join(import.meta.dirname, "..") });
  try {
    const conductorUrl = await new Promise<string>((resolve) => server.stdout.on("data", (data) => {
      const address = /Refrain studio: (\S+)/.exec(String(data));
      if (address) resolve(address[1]);
    }));
    const url = conductorUrl.replace(/\?.*$/, "");
    const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]) / 1024;
    const conductor = await connect({ url } as StudioServer, tokenOf(conductorUrl));
    await conductor.next("welcome");
    conductor.send({ type: "transport", action: "play" });
    const { token } = await invite(conductor, "Dana", ["Drums"]);
    const listener = await listen(url);
    await sleep(2000);
    const history = join(folder, ".refrain", "history.jsonl");
    const before = { history: statSync(history).size, peak: peak() };
    listener.heard.events = 0;
    listener.heard.late.length = 0;
    const region = `-- ${"x".repeat(64 * 1024 - 10)}\n`;
    const sockets = await Promise.all(Array.from({ length: 4 }, () => new Promise<WebSocket>((resolve) => {
      const socket = new WebSocket(`${url.replace("http", "ws")}socket?token=${token}`);
      socket.once("open", () => resolve(socket));
    })));
    let sent = 0;
    for (const until = Date.now() + seconds * 1000; Date.now() < until; await sleep(1)) {
      for (const socket of sockets) {
        if (socket.readyState === WebSocket.OPEN && socket.bufferedAmount < 1 << 20) socket.send(JSON.stringify({ type: "submit", id: sent++, module: "Drums", base: 0, region }));
      }
    }
    await sleep(2000);
    const closed = sockets.filter((socket) => socket.readyState !== WebSocket.OPEN).length;
    const { events, late } = listener.heard;
    listener.close();
    conductor.close();
    const name = `a participant flooding 64 KiB submissions from 4 sockets, ${seconds} s`;
    return [
      { benchmark: name, measure: "submissions sent / sockets closed by the server", value: `${sent} / ${closed} of 4`, target: "" },
      { benchmark: name, measure: "history growth", value: `${((statSync(history).size - before.history) / 1024).toFixed(0)} KiB`, target: "≤ 1 MiB (the author's budget)" },
      { benchmark: name, measure: "server peak resident memory", value: `${before.peak.toFixed(0)} → ${peak().toFixed(0)} MB`, target: "flat" },
      { benchmark: name, measure: "music events late at a listener", value: `${late.length} of ${events} (max ${Math.max(0, ...late).toFixed(1)} ms)`, target: "0" },
    ];
  } finally {
    server.kill("SIGINT");
    await new Promise((resolve) => server.once("exit", resolve));
    removeFolder(folder);
  }
}

await runIfMain(import.meta.url, run);
