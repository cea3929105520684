// The studio in real Chromium over real sockets: play and see events and the term move, apply
// an edit while playing (told when it is heard) or from here (heard at once), a syntax error marked while the music goes on, single step with
// highlights, a slider (its value written into the code), Stop's all-notes-off on a (fake) Web MIDI device, the current term
// shown deeper, and a selection replaced by its value.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openStudio, savedText, studioFixture, until, type BrowserSession, type Fixture } from "./browser.ts";

/** The log's lines, oldest first (the page lists the newest first). */
const traces = async (page: Page) => (await page.locator("#event-log li span").allTextContents()).reverse();
/** Marks the newest log line, to count the lines that come after it. */
const markNewest = (page: Page) => page.locator("#event-log li").first().evaluate((line) => line.setAttribute("data-seen", ""));
const linesSinceMark = (page: Page) =>
  page.locator("#event-log").evaluate((log) => [...log.children].findIndex((line) => line.hasAttribute("data-seen")));


/** How many notes the current term shows. */
const termNotes = async (page: Page) => (await page.locator("#term").innerText()).split("note ").length - 1;

/** Selects a number token on the melody line and types over it. */
async function retype(page: Page, number: string, replacement: string): Promise<void> {
  await page.locator(".cm-line", { hasText: "melody =" }).getByText(number, { exact: true }).first().dblclick();
  await page.keyboard.type(replacement);
}

describe("the studio in Chromium", () => {
  let fixture: Fixture;
  let browser: BrowserSession;
  let page: Page;

  before(async () => {
    fixture = await studioFixture();
    browser = await openStudio(fixture.server.conductorUrl);
    page = browser.page;
  });
  after(async () => {
    await browser?.close();
    await fixture?.close();
  });

  it("names its controls and regions for everyone", async () => {
    for (const name of ["Play", "Pause", "Stop", "Restart", "Apply"]) {
      await page.getByRole("button", { name, exact: true }).waitFor();
    }
    for (const name of ["Current term", "Events", "Problems"]) await page.getByRole("region", { name }).waitFor();
    await page.getByRole("radiogroup", { name: "Mode" }).waitFor();
  });

  it("plays: events arrive and the current term changes", async () => {
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await until(async () => (await traces(page)).length >= 6, "six elements in the log");
    const seen = new Set<string>();
    await until(async () => {
      seen.add(await page.locator("#term").innerText());
      return seen.size >= 3;
    }, "the term to change");
    assert.match((await traces(page)).join("\n"), /Event \(Channel 0 \(On 60 90\)\)/);
    assert.ok((await page.locator("#event-log .reading").allTextContents()).includes("C4 on · velocity 90 · channel 0"), "a note-on read with its name");
    assert.notEqual(await page.locator("#elapsed").innerText(), "0:00.0");
  });

  it("applies an edit while playing, and the next lap follows it", async () => {
    await retype(page, "60", "65");
    await page.keyboard.press("Control+Enter");
    await until(async () => (await traces(page)).some((trace) => trace.includes("On 65")), "the edited note");
    const log = await traces(page);
    const first = log.findIndex((trace) => trace.includes("On 65"));
    assert.match(log.slice(0, first).filter((trace) => trace.includes("(On")).at(-1) ?? "", /On 72/, "the edit starts a lap");
    assert.equal(await page.locator("#status").innerText(), "Applied: `melody` heard from the next lap of `main`.");
    await savedText(fixture.file, (text) => /melody = note 65 \+\+ note 64/.test(text), "the edit to be saved once the song has accepted it");
    assert.equal(await page.getByRole("tab", { name: "Song" }).getAttribute("aria-label"), "Song");
  });

  it("applies from here: the lap playing follows the edit at once", async () => {
    await markNewest(page);
    await until(async () => {
      const newer = await linesSinceMark(page);
      return (await traces(page)).slice(-Math.max(newer, 0) || Infinity).some((trace) => trace.includes("On 65")) && newer > 0;
    }, "a lap to begin");
    await retype(page, "67", "69");
    await page.getByRole("button", { name: "Apply from here" }).click();
    await until(async () => (await traces(page)).some((trace) => trace.includes("On 69")), "the edited note");
    const sinceMark = (await traces(page)).slice(-(await linesSinceMark(page)));
    const lap = sinceMark.slice(sinceMark.findIndex((trace) => trace.includes("On 65")));
    const beforeEdit = lap.slice(0, lap.findIndex((trace) => trace.includes("On 69")));
    assert.ok(!beforeEdit.some((trace) => /On (67|72)/.test(trace)), `the lap playing goes on with the new note: ${beforeEdit.join(" | ")}`);
    assert.match(await page.locator("#status").innerText(), /^Applied: heard now/);
    assert.equal(await page.getByRole("button", { name: "Pause", exact: true }).isEnabled(), true);
  });

  it("marks a syntax error inline and in Problems, keeps the text, and the music goes on", async () => {
    await retype(page, "64", "64)");
    await page.getByRole("button", { name: "Apply", exact: true }).click();
    await page.locator(".cm-lintRange-error").first().waitFor();
    const problems = page.getByRole("region", { name: "Problems" });
    await problems.getByText("parse error: unexpected ')'").first().waitFor();
    assert.equal(await page.locator("#problem-count").innerText(), "1");
    assert.match(await page.locator(".cm-content").innerText(), /note 64\)/);
    assert.match(readFileSync(fixture.file, "utf8"), /note 64/);
    const count = (await traces(page)).join("\n").split("On 65").length;
    await until(async () => (await traces(page)).join("\n").split("On 65").length > count, "the old program to play on");
    await page.locator(".cm-content").focus();
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Control+Enter");
    await until(async () => (await page.locator("#problem-count").innerText()) === "0", "the problem to go away");
  });

  it("shows an edit made in another browser, in a clean editor", async () => {
    const other = await browser.context.newPage();
    await other.goto(fixture.server.conductorUrl);
    await other.getByRole("tab", { name: "Song" }).waitFor();
    await retype(page, "72", "74");
    await page.keyboard.press("Control+Enter");
    await other.locator(".cm-line", { hasText: "note 74 ;" }).waitFor();
    await other.close();
  });

  it("merges an edit applied in another browser into typing not yet applied, on other lines", async () => {
    const other = await browser.context.newPage();
    await other.goto(fixture.server.conductorUrl);
    await other.getByRole("tab", { name: "Song" }).waitFor();
    await page.locator(".cm-line", { hasText: "volume =" }).getByText("90", { exact: true }).dblclick();
    await page.keyboard.type("100");
    await other.locator(".cm-line", { hasText: "melody =" }).getByText("64", { exact: true }).first().dblclick();
    await other.keyboard.type("62");
    await other.keyboard.press("Control+Enter");
    await page.locator(".cm-line", { hasText: "note 62" }).waitFor();
    assert.match(await page.locator(".cm-content").innerText(), /slider "volume" 0 127 100/, "the unapplied typing is kept");
    assert.match(await page.locator("#status").innerText(), /Song was changed by conductor: the change is in your editor, with your unapplied text/);
    await page.locator(".cm-line", { hasText: "volume =" }).getByText("100", { exact: true }).dblclick();
    await page.keyboard.type("90");
    await other.close();
  });

  it("rolls back an edit after which the song fails at run time, says why, and the music goes on by itself", async () => {
    await retype(page, "74", '74 ++ error "boom"');
    await page.keyboard.press("Control+Enter");
    await until(async () => /rolled back to version \d+: the music failed after the edit \(boom\)/.test(await page.locator("#status").innerText()), "the rollback");
    await until(async () => (await page.locator("body").getAttribute("data-state")) === "playing", "playing again");
    await page.locator(".cm-line", { hasText: "note 74 ;" }).waitFor();
    assert.doesNotMatch(await page.locator(".cm-content").innerText(), /boom/);
    assert.doesNotMatch(readFileSync(fixture.file, "utf8"), /boom/);
  });

  it("moves a slider, the song sees the new value, and the value is written into the code", async () => {
    await page.getByRole("slider", { name: "volume" }).fill("100");
    await until(async () => (await traces(page)).some((trace) => / 100\)\)$/.test(trace)), "notes at the new volume");
    await page.locator(".cm-line", { hasText: 'slider "volume" 0 127 100' }).waitFor();
    assert.match(await page.locator("#status").innerText(), /volume is 100, written into Song/);
    assert.equal(await page.getByRole("tab", { name: "Song (not applied)" }).count(), 1, "an edit to apply with the rest");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+z");
    await page.locator(".cm-line", { hasText: 'slider "volume" 0 127 90' }).waitFor();
    await page.getByRole("checkbox", { name: "accent" }).check();
    await until(async () => (await traces(page)).some((trace) => / 120\)\)$/.test(trace)), "accented notes");
  });

  it("steps through reductions and elements with highlights", async () => {
    await page.getByRole("radio", { name: "Single step" }).check();
    await until(async () => (await page.locator("body").getAttribute("data-state")) === "paused", "the song to pause");
    await page.getByRole("button", { name: "Next reduction" }).click();
    await page.locator(".rf-reduced.rf-call").first().waitFor();
    await page.locator(".rf-reduced.rf-rule").first().waitFor();
    assert.match(await page.locator("#term-rule").innerText(), /Reduced by melody/);
    const call = await page.locator(".cm-content .rf-reduced.rf-call").innerText();
    await page.locator(".cm-line", { hasText: "melody =" }).click();
    await page.keyboard.press("Home");
    await page.keyboard.type("   ");
    assert.equal(await page.locator(".cm-content .rf-reduced.rf-call").innerText(), call, "the mark follows the edit");
    await page.keyboard.press("Control+z");
    await page.keyboard.press("Alt+M");
    await until(async () => (await page.locator("#term-rule").innerText()).includes("note"), "the second reduction");
    await markNewest(page);
    await page.getByRole("button", { name: "Next reduction" }).click();
    await until(async () => (await linesSinceMark(page)) === 1, "a completed element");
    for (let step = 0; step < 3; step++) await page.getByRole("button", { name: "Next element" }).click();
    await until(async () => (await linesSinceMark(page)) === 4, "four new elements");
    await until(async () => (await page.locator(".rf-sounding").count()) > 0 || (await traces(page)).at(-1)!.includes("Off"), "a sounding mark");
  });

  it("plays through Web MIDI at exact due times, and Stop sends all notes off", async () => {
    await page.getByRole("combobox", { name: "Output" }).selectOption({ label: "Look for MIDI devices…" });
    await until(async () => (await page.getByRole("combobox", { name: "Output" }).inputValue()) === "fake", "the fake device");
    await page.getByRole("radio", { name: "Real time" }).check();
    await page.getByRole("button", { name: "Play", exact: true }).click();
    type Sent = { data: number[]; timestamp: number };
    const log = () => page.evaluate(() => (window as unknown as { midiLog: Sent[] }).midiLog);
    await until(async () => (await log()).filter((sent) => sent.data[0] === 0x90).length >= 4, "notes on the device");
    const ons = (await log()).filter((sent) => sent.data[0] === 0x90).map((sent) => sent.timestamp);
    for (let index = 1; index < ons.length; index++) assert.ok(Math.abs(ons[index] - ons[index - 1] - 250) < 3, `notes 250 ms apart: ${ons}`);
    await page.keyboard.press("Alt+S");
    await until(async () => (await log()).some((sent) => sent.data[0] === 0xb0 && sent.data[1] === 123), "all notes off");
    await until(async () => (await page.locator("body").getAttribute("data-state")) === "stopped", "the stopped state");
  });

  it("plays in slow motion: every element takes the chosen pause", async () => {
    await page.getByRole("slider", { name: "Pause per element in slow motion" }).fill("200");
    await page.getByRole("radio", { name: "Slow motion" }).check();
    const before = await page.evaluate(() => (window as unknown as { midiLog: unknown[] }).midiLog.length);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    type Sent = { data: number[]; timestamp: number };
    const ons = async () =>
      (await page.evaluate(() => (window as unknown as { midiLog: Sent[] }).midiLog)).slice(before).filter((sent) => sent.data[0] === 0x90);
    await until(async () => (await ons()).length >= 3, "notes in slow motion");
    const times = (await ons()).map((sent) => sent.timestamp);
    for (let index = 1; index < times.length; index++) assert.ok(Math.abs(times[index] - times[index - 1] - 600) < 3, `three elements of 200 ms: ${times}`);
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await page.getByRole("radio", { name: "Real time" }).check();
  });

  it("shows a help panel with the shortcuts, and switches theme", async () => {
    await page.getByRole("button", { name: "Help" }).click();
    const help = page.getByRole("dialog");
    await help.getByText("Apply the module").waitFor();
    await page.keyboard.press("Escape");
    await until(async () => !(await help.isVisible()), "the help to close");
    const theme = await page.locator("html").getAttribute("data-theme");
    await page.keyboard.press("Alt+T");
    assert.notEqual(await page.locator("html").getAttribute("data-theme"), theme);
  });

  it("indents with Tab in the editor, and Escape then Tab leaves it", async () => {
    const line = page.locator(".cm-line", { hasText: "volume =" });
    await line.click();
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    await until(async () => /^\s+volume =/.test(await line.innerText()), "the line indented");
    await page.keyboard.press("Shift+Tab");
    await until(async () => /^volume =/.test(await line.innerText()), "the line unindented");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null), true, "the focus left the editor");
  });

  it("shows the term deeper for this browser, by click or by keyboard, and Less goes back", async () => {
    await until(async () => (await termNotes(page)) === 7, "the term at the usual depth");
    const other = await browser.context.newPage();
    await other.goto(fixture.server.conductorUrl);
    await until(async () => (await other.locator("#term").innerText()).split("note ").length - 1 === 7, "the other browser's term");
    await page.getByRole("region", { name: "Current term" }).getByRole("button", { name: "Show deeper" }).first().click();
    await until(async () => (await termNotes(page)) === 12, "the term ten levels deeper");
    await page.getByRole("button", { name: "Show deeper" }).first().focus();
    await page.keyboard.press("Enter");
    await until(async () => (await termNotes(page)) === 17, "the term deeper again");
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Show deeper", "the focus stays on a …");
    await page.keyboard.press("Enter");
    await until(async () => (await termNotes(page)) === 22, "deeper by keyboard once more");
    assert.equal((await other.locator("#term").innerText()).split("note ").length - 1, 7, "the other browser's term stays as it was");
    await other.close();
    await page.getByRole("button", { name: "Less", exact: true }).click();
    await until(async () => (await termNotes(page)) === 7, "the usual depth again");
    assert.ok(!(await page.getByRole("button", { name: "Less", exact: true }).isVisible()));
  });

  it("replaces a selection by its value, and Undo brings the text back; an error keeps the text", async () => {
    const wait = page.locator(".cm-line", { hasText: "note p =" });
    await wait.getByText("250", { exact: true }).dblclick();
    await page.keyboard.insertText("(200 + 50)");
    for (let character = 0; character < "(200 + 50)".length; character++) await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Control+Shift+Y");
    await until(async () => (await wait.innerText()).includes("Wait 250,"), "the value in place of the selection");
    assert.equal(await page.getByRole("tab", { name: "Song (not applied)" }).count(), 0, "the same text as applied");
    await page.keyboard.press("Control+z");
    await until(async () => (await wait.innerText()).includes("Wait (200 + 50),"), "Undo to bring the selection back");
    assert.match(readFileSync(fixture.file, "utf8"), /Wait 250,/, "nothing applied");
    await page.keyboard.insertText('(error "nope")');
    for (let character = 0; character < '(error "nope")'.length; character++) await page.keyboard.press("Shift+ArrowLeft");
    await page.getByRole("button", { name: "Apply term" }).click();
    await page.getByRole("region", { name: "Problems" }).getByText("nope").first().waitFor();
    assert.match(await wait.innerText(), /Wait \(error "nope"\),/);
    await page.getByRole("button", { name: "Help" }).click();
    await page.getByRole("dialog").getByText("Apply term: replace the selection").waitFor();
    await page.keyboard.press("Escape");
  });
});

describe("the studio on a phone (390×844)", () => {
  it("fits the width, with the transport in the first screen and the editor before the term", async () => {
    const fixture = await studioFixture();
    const browser = await openStudio(fixture.server.conductorUrl, { viewport: { width: 390, height: 844 } });
    try {
      const page = browser.page;
      await page.getByRole("tab", { name: "Song" }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, "no scrolling sideways");
      const play = await page.getByRole("button", { name: "Play", exact: true }).boundingBox();
      assert.ok(play && play.y + play.height <= 844 && play.x >= 0 && play.x + play.width <= 390, "Play within the first screen");
      const editor = await page.locator(".cm-editor").boundingBox();
      const term = await page.getByRole("region", { name: "Current term" }).boundingBox();
      assert.ok(editor && term && editor.y < term.y && term.x >= 0 && term.x + term.width <= 390, "the term below the editor, within the width");
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
