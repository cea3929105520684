// Playing together in real Chromium: the conductor invites three participants from the Players
// dialog (links with QR codes); each edits their module of the playing band in their own browser
// context; a refused edit keeps the music and the text; a part that breaks a signature of the fixed
// header is refused at its line; types show on hover; a page without JavaScript submits a form.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { splitModule } from "../../src/collab/marker.ts";
import type { StudioServer } from "../../src/server/server.ts";
import { openStudio, savedText, until, type BrowserSession } from "../studio/browser.ts";
import { copyBand, launchChromium, openPage, removeFolder, serveBand } from "./band.ts";


const elapsed = (page: Page) => page.locator("#elapsed").innerText();

/** Replaces the participant's part in the page's editor and submits it. */
async function submitRegion(page: Page, region: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(region);
  await page.getByRole("button", { name: "Submit" }).click();
}

describe("playing together in Chromium", () => {
  let folder: string;
  let server: StudioServer;
  let studio: BrowserSession;
  let browser: Browser;
  const links = new Map<string, string>();

  before(async () => {
    folder = copyBand();
    const keys = join(folder, "Keys.hs");
    writeFileSync(keys, readFileSync(keys, "utf8").replace(/^(-------- .*\n)(bar :: .*\n)/m, "$2$1"));
    server = await serveBand(folder);
    studio = await openStudio(server.conductorUrl);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await studio?.close();
    await server?.close();
    removeFolder(folder);
  });

  it("lets the conductor invite three participants, each with a link and a QR code", async () => {
    const page = studio.page;
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByRole("button", { name: "Players" }).click();
    assert.equal(await page.locator("#reach-hint").isVisible(), true, "served on 127.0.0.1: phones cannot reach it, and the dialog says so");
    await page.getByRole("button", { name: "Create link" }).click();
    await page.getByRole("alert").getByText("Tick at least one module").waitFor();
    for (const [name, module] of [["Dana", "Drums"], ["Bo", "Bass"], ["<b>Kim</b>", "Keys"]]) {
      await page.getByLabel("Name").fill(name);
      await page.locator("#invite-modules label", { hasText: new RegExp(`^ ?${module}$`) }).locator("input").check();
      await page.getByRole("button", { name: "Create link" }).click();
      // Found by its QR code's name: a plain text match could also hit another link's random token.
      const qrCode = page.getByRole("img", { name: `QR code of ${name}'s link`, exact: true });
      const item = page.locator(".invitation", { has: qrCode });
      await qrCode.waitFor();
      links.set(module, (await item.locator("a.link").innerText()).trim());
    }
    assert.ok([...links.values()].every((link) => /\/edit\?token=[\w-]{43}$/.test(link)));
    await page.keyboard.press("Escape");
  });

  it("has each participant edit their module while the song plays, in their own browser", async () => {
    const pages = new Map<string, Page>();
    for (const [module, link] of links) pages.set(module, await openPage(browser, link));
    const kim = pages.get("Keys")!;
    assert.equal(await kim.locator(".who strong").innerText(), "<b>Kim</b>", "a name is shown as text");
    const edits: Record<string, [string, string]> = {
      Drums: ["[3, 3, 2]", "[2, 2, 2, 2]"],
      Bass: ["(root + 12)", "(root + 10)"],
      Keys: ["(+ 12)", "(+ 24)"],
    };
    for (const [module, page] of pages) {
      await page.locator(".cm-editor").waitFor();
      assert.match(await page.getByLabel(`Fixed part of ${module}`).innerText(), new RegExp(`module ${module}`));
      const region = splitModule(readFileSync(join(folder, `${module}.hs`), "utf8")).region;
      await submitRegion(page, region.replace(...edits[module]));
      await page.locator('#result[data-outcome="applied"]').waitFor();
    }
    for (const [module, [, after]] of Object.entries(edits)) await savedText(join(folder, `${module}.hs`), (text) => text.includes(after), `${module} to be saved`);
    await studio.page.locator(".cm-line", { hasText: "(+ 24)" }).first().waitFor({ state: "attached" });
    await until(async () => (await pages.get("Drums")!.locator("#event-log li").count()) > 0, "the drummer to see their events");
    assert.match(await pages.get("Drums")!.locator("#event-log li").first().innerText(), /^[A-G]#?-?\d+ (on · velocity \d+|off) · channel \d+$/, "read as the conductor reads them");

    const before = await elapsed(studio.page);
    await submitRegion(kim, splitModule(readFileSync(join(folder, "Keys.hs"), "utf8")).region.replace("chordOf n", "chordsOf n"));
    await kim.locator('#result[data-outcome="refused"]').waitFor();
    await kim.locator(".cm-lintRange-error").first().waitFor();
    assert.equal(await kim.locator(".cm-lintRange-error").first().innerText(), "chordsOf");
    assert.match(await kim.locator(".cm-content").innerText(), /chordsOf n/, "the participant keeps their text");
    assert.ok(readFileSync(join(folder, "Keys.hs"), "utf8").includes("(+ 24)"), "the module is unchanged");
    await until(async () => (await elapsed(studio.page)) !== before, "the music to go on");
    assert.equal(await studio.page.locator("body").getAttribute("data-state"), "playing");
    for (const page of pages.values()) await page.context().close();
  });

  it("shows the history as a table with headers, in plain words", async () => {
    const page = studio.page;
    await page.getByRole("button", { name: "Players" }).click();
    await page.getByRole("button", { name: "Refresh" }).click();
    const history = page.getByRole("table", { name: "History" });
    for (const header of ["Who", "Result", "Problems"]) assert.equal(await history.getByRole("columnheader", { name: header }).isVisible(), true, header);
    await history.getByRole("cell", { name: "read at the start" }).first().waitFor();
    await history.getByRole("cell", { name: "the file" }).first().waitFor();
    const refused = history.locator("tr.outcome-refused .problems").first();
    assert.match(await refused.innerText(), /chordsOf/, "a refusal's problem in full");
    await page.keyboard.press("Escape");
  });

  it("refuses a part that breaks a signature of the fixed header, at its line, and shows types on hover", async () => {
    const page = await openPage(browser, links.get("Keys")!);
    assert.match(await page.getByLabel("Fixed part of Keys").innerText(), /bar :: Integer -> \[Event \(Channel Message\)\]\n-------- /);
    await page.locator("#live").waitFor();
    const line = page.locator(".cm-line", { hasText: "bar n = channel 0" });
    await line.getByText("chordOf", { exact: true }).hover();
    assert.equal(await page.getByRole("tooltip").innerText(), "chordOf :: Integer -> [Pitch]");
    const before = readFileSync(join(folder, "Keys.hs"), "utf8");
    await submitRegion(page, splitModule(before).region.replace(/^bar n = .*$/m, "bar n = comp (chordOf n)"));
    await page.locator('#result[data-outcome="refused"]').waitFor();
    const marked = page.locator(".cm-line", { hasText: "bar n = comp (chordOf n)" }).locator(".cm-lintRange-error");
    assert.equal(await marked.innerText(), "comp (chordOf n)");
    assert.match(await page.locator("#result .problems").innerText(), /line 15:\d+: .*`bar`/);
    assert.match(await page.locator(".cm-content").innerText(), /^bar n = comp \(chordOf n\)$/m, "the participant keeps their text");
    assert.equal(readFileSync(join(folder, "Keys.hs"), "utf8"), before, "the module is unchanged");
    await page.context().close();
  });

  it("takes a plain form submission from a page without JavaScript, and shows participants' text as text", async () => {
    const page = await openPage(browser, links.get("Bass")!, false);
    const region = page.locator("textarea#region");
    const current = await region.inputValue();
    assert.equal(current, splitModule(readFileSync(join(folder, "Bass.hs"), "utf8")).region);
    const injected = `${current}</textarea><script>document.title = "owned"</script>\n`;
    await region.fill(injected);
    await page.getByRole("button", { name: "Submit" }).click();
    await page.locator('#result[data-outcome="refused"]').waitFor();
    assert.equal(await page.locator("textarea#region").inputValue(), injected, "the text comes back as typed");
    assert.match(await page.locator("#result .problems").innerText(), /line \d+, column \d+/);
    await page.locator("textarea#region").fill(current.replace("(root + 10)", "(root + 7)"));
    await page.getByRole("button", { name: "Submit" }).click();
    await page.locator('#result[data-outcome="applied"]').waitFor();
    await savedText(join(folder, "Bass.hs"), (text) => text.includes("(root + 7)"), "Bass to be saved");
    assert.notEqual(await page.title(), "owned");
    await page.context().close();
  });

  it("refuses a forged link with a page that says so", async () => {
    const page = await openPage(browser, `${server.url}edit?token=${"A".repeat(43)}`);
    await page.getByText("This link is not valid").waitFor();
    assert.equal(await page.locator("textarea").count(), 0);
    await page.context().close();
  });
});
