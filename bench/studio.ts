// The studio under load: the 8-voice benchmark playing in Chromium with the synth on and every
// view open. Measures the page's frame gaps (p95, longest, frames over 50 ms) standing still and
// playing, and the server's CPU per second of music (how much an interpreter beside it loses).

import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openSong } from "../src/server/open-song.ts";
import { openStudio, studioFixture } from "../test/studio/browser.ts";
import { runIfMain, type Row } from "./table.ts";

const benchmark = readFileSync(new URL("./songs/eight-voices.hs", import.meta.url), "utf8");
const seconds = 10;

interface Frames {
  readonly p95: number;
  readonly longest: number;
  /** Frames over 50 ms. */
  readonly long: number;
}

/** Gaps between animation frames in the page over `seconds`. */
async function frames(page: Page): Promise<Frames> {
  await page.evaluate(`
    window.frameGaps = [];
    let last = performance.now();
    const frame = (now) => {
      window.frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  `);
  await page.waitForTimeout(seconds * 1000);
  const gaps = ((await page.evaluate("window.frameGaps.splice(0)")) as number[]).sort((a, b) => a - b);
  return { p95: gaps[Math.floor(gaps.length * 0.95)], longest: gaps[gaps.length - 1], long: gaps.filter((gap) => gap > 50).length };
}

/** CPU time (ms) this process spends per second of wall time while `during` runs. */
async function cpuPerSecond(during: () => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await during();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000 / ((performance.now() - started) / 1000);
}

export async function run(): Promise<Row[]> {
  const fixture = await studioFixture(openSong, benchmark);
  const browser = await openStudio(fixture.server.conductorUrl);
  try {
    const page = browser.page;
    await page.getByRole("button", { name: "Click to enable audio" }).click();
    await page.locator("#audio-banner").waitFor({ state: "hidden", timeout: 30000 });
    let still: Frames | undefined;
    const idleCpu = await cpuPerSecond(async () => (still = await frames(page)));
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForTimeout(500);
    let playing: Frames | undefined;
    const playingCpu = await cpuPerSecond(async () => (playing = await frames(page)));
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    const row = (measure: string, value: string, target = "") => ({ benchmark: "studio, 8 voices playing", measure, value, target });
    return [
      row("frame gap p95 (still / playing)", `${still!.p95.toFixed(1)} / ${playing!.p95.toFixed(1)} ms`, "≤ 34 ms"),
      row("longest frame gap (still / playing)", `${still!.longest.toFixed(1)} / ${playing!.longest.toFixed(1)} ms`, "≤ 50 ms"),
      row(`frames over 50 ms in ${seconds} s (still / playing)`, `${still!.long} / ${playing!.long}`, "0"),
      row("server CPU per second (still / playing)", `${idleCpu.toFixed(1)} / ${playingCpu.toFixed(1)} ms`, "< 100 ms more"),
    ];
  } finally {
    await browser.close();
    await fixture.close();
  }
}

await runIfMain(import.meta.url, run);
