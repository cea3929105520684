// The Learn panel in Chromium over a real song: the lessons of docs/learn.md listed, one opened,
// its example put in the editor (Undo brings the song back), applied and heard from its start;
// completion of a library name; on a phone the panel fits the width.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openSong } from "../../src/server/open-song.ts";
import { openStudio, savedText, studioFixture, until, type BrowserSession, type Fixture } from "./browser.ts";

/** The default song: an action `main` whose loop the lessons' examples do not define. */
const song = readFileSync(new URL("../../examples/children-song-6-live.hs", import.meta.url), "utf8");

const logText = (page: Page) => page.locator("#event-log").innerText();

describe("the Learn panel", () => {
  let fixture: Fixture;
  let browser: BrowserSession;

  before(async () => {
    fixture = await studioFixture(openSong, song, "children-song-6-live.hs");
    browser = await openStudio(fixture.server.conductorUrl);
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("lists ten lessons, opens one while the song plays, and plays its example in place of the song", async () => {
    const page = browser.page;
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await until(async () => /On 81 /.test(await logText(page)), "the song playing");
    await page.getByRole("button", { name: "Learn" }).click();
    const panel = page.getByRole("region", { name: "Learn" });
    await panel.locator(".learn-contents li").nth(9).waitFor();
    assert.equal(await panel.locator(".learn-contents li").count(), 10);
    await panel.getByRole("button", { name: "Change it while it plays" }).click();
    await panel.getByRole("heading", { name: "2. Change it while it plays" }).waitFor();
    await panel.getByRole("button", { name: "Open and play" }).click();
    await savedText(fixture.file, (text) => text.includes("melody = note 250 (c 4)"), "the example applied and saved");
    await page.locator(".cm-line", { hasText: "melody = note 250 (c 4)" }).waitFor();
    await until(async () => /On 62 /.test(await logText(page)) && /On 64 /.test(await logText(page)), "the example's D and E heard");
    assert.match(await page.locator("#status").innerText(), /example of 2\. Change it while it plays/);
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await page.locator(".cm-line", { hasText: "playBar 28 n childSong6" }).waitFor();
  });

  it("completes a library name with its type, and shows its description", async () => {
    const page = browser.page;
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nup = transp");
    const list = page.locator(".cm-tooltip-autocomplete");
    await list.getByText("transpose", { exact: true }).waitFor();
    assert.match(await list.innerText(), /transpose\s*AbsPitch -> Music a -> Music a/, "Euterpea's, which the song imports");
    await page.locator(".cm-completionInfo").getByText(/^shifted by semitones/).waitFor();
    await page.keyboard.press("Escape");
    for (const _ of "\nup = transp") await page.keyboard.press("Backspace");
  });

  it("moves on to the next lesson and back to the list", async () => {
    const panel = browser.page.getByRole("region", { name: "Learn" });
    await panel.getByRole("button", { name: /^Next: 3\. Lists and loops/ }).click();
    await panel.getByRole("heading", { name: "3. Lists and loops" }).waitFor();
    await panel.getByRole("button", { name: "All lessons" }).click();
    await panel.locator(".learn-contents").waitFor();
    await browser.page.getByRole("button", { name: "Close the lessons" }).click();
    await browser.page.getByRole("region", { name: "Current term" }).waitFor();
    assert.equal(await panel.isHidden(), true);
  });
});

describe("the Learn panel on a phone (390×844)", () => {
  it("fits the width below the editor", async () => {
    const fixture = await studioFixture(openSong, song, "children-song-6-live.hs");
    const browser = await openStudio(fixture.server.conductorUrl, { viewport: { width: 390, height: 844 } });
    try {
      const page = browser.page;
      await page.keyboard.press("Alt+KeyL");
      const panel = page.getByRole("region", { name: "Learn" });
      await panel.getByRole("button", { name: "Scores with Euterpea" }).click();
      await panel.getByRole("button", { name: "Open and play" }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, "no scrolling sideways");
      const editor = await page.locator(".cm-editor").boundingBox();
      const box = await panel.boundingBox();
      assert.ok(editor && box && editor.y < box.y && box.x >= 0 && box.x + box.width <= 390, "the lessons below the editor, within the width");
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
