// Types in the studio, in Chromium, on the paper's loop: an ill-typed edit is refused with the
// error at its line and under Problems while the music plays on, and the pointer resting on a
// name shows its type (a declared one, and one inferred for a definition without a signature),
// and a library function's description and example.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openSong } from "../../src/server/open-song.ts";
import { editLine, openStudio, savedText, studioFixture, until, type BrowserSession, type Fixture } from "./browser.ts";

const paperLoop = readFileSync(new URL("../../examples/paper-loop.hs", import.meta.url), "utf8");
const noteOns = async (page: Page) => (await page.locator("#event-log li span").allTextContents()).filter((trace) => trace.includes("(On "));



/** Rests the pointer on the word `name` in the line holding `line`: the tooltip's text. */
async function hover(page: Page, line: string, name: string): Promise<string> {
  await page.mouse.move(0, 0);
  await page.getByRole("tooltip").waitFor({ state: "detached" });
  await page.locator(".cm-line", { hasText: line }).getByText(name, { exact: true }).first().hover();
  return page.getByRole("tooltip").innerText();
}

describe("types in the studio, on the paper's loop", () => {
  let fixture: Fixture;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    fixture = await studioFixture(openSong, paperLoop, "paper-loop.hs");
    browser = await openStudio(fixture.server.conductorUrl);
    page = browser.page;
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("refuses an ill-typed edit: marked at its line and under Problems, the text kept, the music on", async () => {
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await until(async () => (await noteOns(page)).length >= 4, "notes in the log");
    await editLine(page, "qn = 250", 'qn = "fast" ;');
    await page.locator(".cm-line", { hasText: 'qn = "fast"' }).locator(".cm-lintRange-error").waitFor();
    await page.getByRole("region", { name: "Problems" }).getByText(/paper-loop\.hs:26:\d+: error: .*`qn`/).waitFor();
    assert.equal(await page.locator("#problem-count").innerText(), "1");
    assert.match(await page.locator(".cm-content").innerText(), /qn = "fast" ;/, "the editor keeps the typed text");
    assert.match(readFileSync(fixture.file, "utf8"), /qn = 250 ;/, "the module is unchanged");
    const heard = (await noteOns(page)).length;
    await until(async () => (await noteOns(page)).length > heard + 3, "more notes");
    const terms = new Set<string>();
    await until(async () => terms.add(await page.locator("#term").innerText()).size >= 3, "the term to change");
    await editLine(page, 'qn = "fast"', "qn = 200 ;");
    await until(async () => (await page.locator("#problem-count").innerText()) === "0", "the problem to go away");
    assert.equal(await page.locator(".cm-lintRange-error").count(), 0);
    await savedText(fixture.file, (text) => /qn = 200 ;/.test(text), "the edit to be saved once the song has accepted it");
  });

  it("shows the type of the name under the pointer, and for a library function its description and example from docs/library.md", async () => {
    assert.equal(await hover(page, "note qn (c 4)", "note"), [
      "note :: Time -> Pitch -> [Event Message]",
      "key down, wait, key up, velocity 64; the pitch is evaluated first",
      "note 500 60 → [Event (On 60 64),Wait 500,Event (Off 60 64)]",
    ].join("\n"));
    assert.equal(await hover(page, "hn = 2 * qn", "qn"), "qn :: Time");
  });

  it("shows the inferred type of a definition without a signature, once applied", async () => {
    await page.locator(".cm-line", { hasText: "hn = 2 * qn" }).click();
    await page.keyboard.press("End");
    await page.keyboard.insertText("\nwn = 2 * hn ;\ntwice xs = xs ++ xs ;");
    await page.keyboard.press("Control+Enter");
    await until(async () => (await page.getByRole("tab", { name: "Main", exact: true }).count()) === 1, "the edit to be applied");
    assert.equal(await hover(page, "wn = 2 * hn", "wn"), "wn :: Time");
    assert.equal(await hover(page, "twice xs", "twice"), "twice :: [a] -> [a]");
  });
});
