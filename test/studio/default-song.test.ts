// The default song of `npm start` in Chromium: Children's Songs No. 6 played a bar at a time. A
// newcomer's first edit, the tempo, is said to be heard from the next bar and is heard within a
// bar and the look-ahead of the edit. Each sounding note is lit where it is written, the editor
// following the music until the user scrolls. On the book's score, the current term names the
// parts still to come, and a click shows one in the editor.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openSong } from "../../src/server/open-song.ts";
import { editLine, openStudio, studioFixture, until } from "./browser.ts";

/** The log's traces, oldest first (the page lists the newest first). */
const traces = async (page: Page) => (await page.locator("#event-log li span").allTextContents()).reverse();

const barMs = 870;
const latencyMs = 100;

describe("the default song", () => {
  it("hears a new tempo from the next bar", async () => {
    const song = readFileSync(new URL("../../package.json", import.meta.url), "utf8").match(/serve (examples\/[\w-]+\.hs)/)![1];
    const fixture = await studioFixture(openSong, readFileSync(new URL(`../../${song}`, import.meta.url), "utf8"), "children-song-6-live.hs");
    const browser = await openStudio(fixture.server.conductorUrl);
    try {
      const page = browser.page;
      await page.getByRole("button", { name: "Play", exact: true }).click();
      await until(async () => (await traces(page)).filter((trace) => trace.startsWith("Wait")).length >= 8, "the first bar");
      await editLine(page, "childSong6 = let t =", "childSong6 = let t = (dhn / qn) * (138 / 120)");
      await until(async () => /Applied/.test(await page.locator("#status").innerText()), "the edit applied");
      const logged = (await traces(page)).length;
      assert.match(await page.locator("#status").innerText(), /`childSong6` heard from the next lap of `fromBar`/);
      await until(async () => (await traces(page)).slice(logged).some((trace) => /^Wait 7[23]$/.test(trace)), "eighths at the new tempo");
      const after = (await traces(page)).slice(logged);
      const waited = after.slice(0, after.findIndex((trace) => /^Wait 7[23]$/.test(trace)))
        .reduce((sum, trace) => sum + (trace.startsWith("Wait ") ? Number(trace.slice(5)) : 0), 0);
      assert.ok(waited <= barMs + latencyMs, `the new tempo ${waited} ms of music after the edit`);
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});

describe("the default song's highlights", () => {
  it("lights each sounding note where it is written, follows the music, and stops following when scrolled by hand", async () => {
    const song = readFileSync(new URL("../../examples/children-song-6-live.hs", import.meta.url), "utf8");
    const fixture = await studioFixture(openSong, song, "children-song-6-live.hs");
    const browser = await openStudio(fixture.server.conductorUrl);
    try {
      const page = browser.page;
      await page.getByRole("button", { name: "Play", exact: true }).click();
      const sounding = page.locator(".cm-content .rf-sounding");
      await sounding.first().waitFor();
      /** The texts lit now, each mark's pieces joined. */
      const litNow = () => sounding.evaluateAll((pieces) => {
        const marks = new Map<string, string>();
        for (const piece of pieces.filter((candidate) => candidate.isConnected)) marks.set(piece.getAttribute("data-from") ?? "", (marks.get(piece.getAttribute("data-from") ?? "") ?? "") + piece.textContent);
        return [...marks.values()];
      });
      const lit: string[] = [];
      while (lit.length < 20) lit.push(...(await litNow()));
      assert.ok(lit.length >= 20, `notes lit: ${lit.length}`);
      for (const text of lit) assert.match(text, /^([a-g](ss|s|ff|f)? \d|note \()/, "a note as written");
      const scroller = (await page.locator(".cm-scroller").boundingBox())!;
      await until(async () => {
        const mark = await sounding.first().boundingBox().catch(() => null);
        return mark !== null && mark.y >= scroller.y && mark.y + mark.height <= scroller.y + scroller.height;
      }, "a sounding note in view");
      await page.locator(".cm-scroller").hover();
      // As a person does, the wheel is turned until the top shows (a turn may land as the editor follows a note).
      await until(async () => {
        await page.mouse.wheel(0, -20_000);
        return (await page.locator(".cm-scroller").evaluate((element) => element.scrollTop)) === 0;
      }, "scrolled to the top by hand");
      await page.waitForTimeout(1500);
      assert.equal(await page.locator(".cm-scroller").evaluate((element) => element.scrollTop), 0, "the editor stays where the user scrolled it");
      await page.getByRole("button", { name: "Stop", exact: true }).click();
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});

describe("the book's score", () => {
  it("names the parts still to come above the current term", async () => {
    const fixture = await studioFixture(openSong, readFileSync(new URL("../../examples/children-song-6.hs", import.meta.url), "utf8"), "children-song-6.hs");
    const browser = await openStudio(fixture.server.conductorUrl);
    try {
      const page = browser.page;
      await page.getByRole("button", { name: "Play", exact: true }).click();
      const parts = page.locator("#term-parts");
      await parts.getByRole("button", { name: "v2f" }).waitFor();
      assert.match(await parts.innerText(), /^Still to come:/);
      await parts.getByRole("button", { name: "v2f" }).click();
      await until(async () => /^v2f = /.test(await page.evaluate(() => String(getSelection()))), "the definition of v2f selected");
      await page.getByRole("button", { name: "Stop", exact: true }).click();
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
