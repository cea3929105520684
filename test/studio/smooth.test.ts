// The quality bar under load: the 8-voice benchmark playing in Chromium with the synth on and
// every view open. The page keeps its frame rate, and the server spends under a tenth of a core
// on playing and serving it, so an interpreter running flat out beside it loses less than 10%.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openSong } from "../../src/server/open-song.ts";
import { openStudio, studioFixture, type BrowserSession, type Fixture } from "./browser.ts";

const benchmark = readFileSync(new URL("../../bench/songs/eight-voices.hs", import.meta.url), "utf8");
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

describe("the studio under load", () => {
  let fixture: Fixture;
  let browser: BrowserSession;

  before(async () => {
    fixture = await studioFixture(openSong, benchmark);
    browser = await openStudio(fixture.server.url);
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("keeps the page smooth and the server nearly idle while the benchmark plays", async () => {
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
    console.log(
      `frames still: p95 ${still!.p95.toFixed(1)} ms, longest ${still!.longest.toFixed(1)} ms, ${still!.long} over 50 ms; ` +
        `playing: p95 ${playing!.p95.toFixed(1)} ms, longest ${playing!.longest.toFixed(1)} ms, ${playing!.long} over 50 ms; ` +
        `server CPU still ${idleCpu.toFixed(1)} ms/s, playing ${playingCpu.toFixed(1)} ms/s`,
    );
    assert.ok((await page.locator("#event-log li").count()) > 100, "the song played");
    assert.ok(playing!.p95 <= 34, `95% of frames within two display refreshes (${playing!.p95} ms)`);
    assert.ok(playing!.long <= still!.long + 1, "no more long frames than the machine shows with the studio standing still");
    assert.ok(playingCpu - idleCpu < 100, `the server spends ${(playingCpu - idleCpu).toFixed(1)} ms per second on the music`);
  });
});
