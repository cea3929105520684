// The studio on real songs through the interpreter's Session, in Chromium: play, a live edit
// heard from the next lap, a syntax error that leaves the music playing, a slider the song
// reads, single reductions with highlights, a selection replaced by its value in the middle of
// a step, and the screenshot of Children's Songs No. 6.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openSong } from "../../src/server/open-song.ts";
import { editLine, openStudio, savedText, studioFixture, until, type BrowserSession, type Fixture } from "./browser.ts";

const loop = readFileSync(new URL("songs/Loop.hs", import.meta.url), "utf8");
/** The log's lines, oldest first (the page lists the newest first). */
const traces = async (page: Page) => (await page.locator("#event-log li span").allTextContents()).reverse();
/** Marks the newest log line, to count the lines that come after it. */
const markNewest = (page: Page) => page.locator("#event-log li").first().evaluate((line) => line.setAttribute("data-seen", ""));
const linesSinceMark = (page: Page) =>
  page.locator("#event-log").evaluate((log) => [...log.children].findIndex((line) => line.hasAttribute("data-seen")));
const noteOns = async (page: Page) => (await traces(page)).filter((trace) => trace.includes("(On ")).map((trace) => Number(/On (\d+)/.exec(trace)![1]));



describe("the studio on a real song", () => {
  let fixture: Fixture;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    fixture = await studioFixture(openSong, loop);
    browser = await openStudio(fixture.server.conductorUrl);
    page = browser.page;
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("plays: elements arrive in the log and the current term changes", async () => {
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await until(async () => (await noteOns(page)).length >= 4, "notes in the log");
    assert.deepEqual((await noteOns(page)).slice(0, 4), [60, 64, 67, 60]);
    const seen = new Set<string>();
    await until(async () => {
      seen.add(await page.locator("#term").innerText());
      return seen.size >= 3;
    }, "the term to change");
  });

  it("applies an edit while playing: the next lap follows it, and the file is saved", async () => {
    await editLine(page, "melody = note", "melody = note 200 (60 + shift) ++ note 200 65 ++ note 200 67");
    await until(async () => (await noteOns(page)).includes(65), "the edited note");
    const ons = await noteOns(page);
    const first = ons.indexOf(65);
    assert.deepEqual(ons.slice(first - 2, first + 1), [67, 60, 65], "the edit begins with a lap");
    await savedText(fixture.file, (text) => /note 200 65/.test(text), "the file to be saved once the song has accepted the edit");
  });

  it("marks a syntax error and keeps playing the old program", async () => {
    await editLine(page, "melody = note", "melody = note 200 (60 + shift ++ note 200 66");
    await page.locator(".cm-lintRange-error").first().waitFor();
    await page.getByRole("region", { name: "Problems" }).getByText(/Song\.hs:\d+:\d+: error/).first().waitFor();
    const heard = (await noteOns(page)).length;
    await until(async () => (await noteOns(page)).length > heard + 3, "more notes");
    assert.ok(!(await noteOns(page)).includes(66));
    assert.match(await page.locator(".cm-content").innerText(), /\(60 \+ shift \+\+ note 200 66/);
    assert.match(readFileSync(fixture.file, "utf8"), /note 200 65/);
    await editLine(page, "melody = note", "melody = note 200 (60 + shift) ++ note 200 65 ++ note 200 67");
    await until(async () => (await page.locator("#problem-count").innerText()) === "0", "the error to go away");
  });

  it("moves a slider the song reads", async () => {
    const slider = page.getByRole("slider", { name: "shift" });
    await slider.waitFor();
    await slider.fill("3");
    await until(async () => (await noteOns(page)).includes(63), "the shifted note");
  });

  it("steps through single reductions of the song's own code with highlights in the song, library code stepped over", async () => {
    await page.getByRole("radio", { name: "Single step" }).check();
    const rules: string[] = [];
    // A lap's elements come from library code (note, channel, ++) but for `main` and `melody`.
    for (let step = 0; step < 24 && rules.length < 2; step++) {
      await markNewest(page);
      await page.getByRole("button", { name: "Next reduction" }).click();
      await until(async () => (await page.locator("#term-rule").innerText()).startsWith("Reduced by") || (await linesSinceMark(page)) > 0, "a reduction or an element");
      const rule = await page.locator("#term-rule").innerText();
      if (!rule.startsWith("Reduced by")) continue;
      rules.push(rule);
      assert.ok((await page.locator(".cm-content .rf-reduced.rf-rule").count()) > 0, `${rule}: its rule marked in the song's text`);
    }
    assert.ok(rules.length > 0, "reductions of the song's code");
    assert.ok(rules.every((rule) => /^Reduced by (main|melody|shift)$/.test(rule)), rules.join(", "));
    await markNewest(page);
    await page.getByRole("button", { name: "Next element" }).click();
    await until(async () => (await linesSinceMark(page)) > 0, "the next element");
  });
  it("replaces a selection by its value in the song's scope, even in the middle of a step", async () => {
    await page.getByRole("button", { name: "Next reduction" }).click();
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    const expression = "take 2 [shift, 7] ++ map (* 2) [3, 4]";
    await page.keyboard.insertText(`check = ${expression}`);
    for (let character = 0; character < expression.length; character++) await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Control+Shift+Y");
    await page.locator(".cm-line", { hasText: "check = [3,7,6,8]" }).waitFor();
    await page.keyboard.insertText("head []");
    for (let character = 0; character < "head []".length; character++) await page.keyboard.press("Shift+ArrowLeft");
    await page.getByRole("button", { name: "Apply term" }).click();
    await page.getByRole("region", { name: "Problems" }).getByText(/empty list/).first().waitFor();
    await page.locator(".cm-line", { hasText: "check = head []" }).waitFor();
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await markNewest(page);
    await page.getByRole("button", { name: "Next element" }).click();
    await until(async () => (await linesSinceMark(page)) > 0, "the element being stepped to finish");
    assert.doesNotMatch(await page.locator("#status").innerText(), /Stopped/);
  });

  it("plays a selection as the current term, to its end", async () => {
    await page.getByRole("radio", { name: "Real time" }).check();
    await page.locator(".cm-line", { hasText: "main = channel 0" }).getByText("melody").dblclick();
    await page.keyboard.press("Control+Shift+Enter");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await until(async () => (await page.locator("#status").innerText()).includes("The song ended"), "the term to end");
    assert.deepEqual((await noteOns(page)).slice(-3), [63, 65, 67]);
  });
});

/** `REFRAIN_SCREENSHOT=docs/studio.png` keeps the picture for the README; else it goes to a temporary file. */
describe("the screenshot for the README", () => {
  it("shows Children's Songs No. 6 playing in the studio", async () => {
    const song = readFileSync(new URL("../../examples/children-song-6.hs", import.meta.url), "utf8");
    const fixture = await studioFixture(openSong, song, "children-song-6.hs");
    const browser = await openStudio(fixture.server.conductorUrl, { colorScheme: "dark" });
    try {
      const page = browser.page;
      await page.getByRole("button", { name: "Click to enable audio" }).click();
      await page.locator("#audio-banner").waitFor({ state: "hidden", timeout: 30000 });
      await page.getByRole("button", { name: "Play", exact: true }).click();
      await page.locator(".cm-scroller").evaluate((scroller) => (scroller.scrollTop = 430));
      await until(async () => (await page.locator("#elapsed").innerText()) >= "0:05.0", "five seconds of music");
      await until(async () => (await page.locator(".cm-content .rf-sounding").count()) >= 2, "sounding notes on screen");
      const path = process.env.REFRAIN_SCREENSHOT ?? join(tmpdir(), "refrain-studio.png");
      mkdirSync(dirname(path), { recursive: true });
      await page.screenshot({ path });
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
