// The merge view in real Chromium, on a copy of examples/band: two participants change the same
// line of Drums; the second submission is refused as a conflict and the merge view shows both
// versions (closed, the same text meets the same change again); taking yours and applying makes
// the module the chosen result (with the first's change to another line merged). In the studio, an Apply that meets a participant's change to the same
// line opens the merge view in a dialog, where the conductor takes theirs and edits it.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { splitModule } from "../../src/collab/marker.ts";
import type { StudioServer } from "../../src/server/server.ts";
import { openStudio, type BrowserSession } from "../studio/browser.ts";
import { connect, copyBand, invite, launchChromium, openPage, removeFolder, serveBand, tokenOf, type Client } from "./band.ts";

/** Generous bound for a message (no test measures speed with it). */
const bound = 30_000;

/** Replaces the participant's part in the page's editor, without submitting it. */
async function typeRegion(page: Page, region: string): Promise<void> {
  await page.locator(".cm-content").first().click();
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(region);
}

describe("the merge view in Chromium", () => {
  let folder: string;
  let server: StudioServer;
  let conductor: Client;
  let browser: Browser;
  const drums = () => readFileSync(join(folder, "Drums.hs"), "utf8");
  /** The text of the module's next version (as the server broadcasts it) that satisfies `test`. */
  const nextDrums = async (test: (text: string) => boolean) =>
    (await conductor.next("module", (message) => message.module.name === "Drums" && test(message.module.text), bound)).module.text;

  before(async () => {
    folder = copyBand();
    // Submissions here follow each other faster than a person's: the rate limit is not under test.
    server = await serveBand(folder, { submissionsPerSecond: 100 });
    conductor = await connect(server, tokenOf(server.conductorUrl));
    await conductor.next("welcome");
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    conductor?.close();
    await server?.close();
    removeFolder(folder);
  });

  it("refuses a participant's change to lines changed meanwhile, shows both, and applies the side taken", async () => {
    const [dana, sam] = [await invite(conductor, "Dana", ["Drums"]), await invite(conductor, "Sam", ["Drums"])];
    const [first, second] = [await openPage(browser, dana.link), await openPage(browser, sam.link)];
    for (const page of [first, second]) await page.locator("#live").waitFor();
    const { header, region } = splitModule(drums());
    await typeRegion(second, region.replace("[3, 3, 2]", "[4, 4]"));
    await typeRegion(first, region.replace("[3, 3, 2]", "[2, 2, 2, 2]").replace("drum closedHiHat eighth", "drum pedalHiHat eighth"));
    await first.getByRole("button", { name: "Submit" }).click();
    await first.locator('#result[data-outcome="applied"]').waitFor();
    await second.locator('#result[data-outcome="notice"]').waitFor();

    const merge = second.getByRole("region", { name: "Merge" });
    await second.getByRole("button", { name: "Submit" }).click();
    await second.locator('#result[data-outcome="conflict"]').waitFor();
    await merge.getByRole("button", { name: "Close" }).click();
    assert.equal(await merge.count(), 0);
    await second.getByRole("button", { name: "Submit" }).click();
    await merge.waitFor();
    assert.equal(await second.locator("#result").getAttribute("data-outcome"), "conflict", "closed, the view keeps the text, which meets the same change again");
    assert.match(await merge.innerText(), /Someone changed the same lines while you were editing/);
    const place = merge.getByRole("group", { name: "Place 1 of 1" });
    assert.equal(await place.locator(".merge-side.theirs pre").innerText(), "  | otherwise = concatMap (\\k -> drum bassDrum1 (k * eighth)) [2, 2, 2, 2]");
    assert.equal(await place.locator(".merge-side.yours pre").innerText(), "  | otherwise = concatMap (\\k -> drum bassDrum1 (k * eighth)) [4, 4]");
    const apply = merge.getByRole("button", { name: "Apply" });
    assert.equal(await apply.isDisabled(), true, "nothing is applied before the place is chosen");
    assert.equal(await merge.getByRole("status").innerText(), "1 place still to choose.");

    await place.getByRole("button", { name: "Take yours" }).click();
    assert.equal(await place.getByRole("button", { name: "Take yours" }).getAttribute("aria-pressed"), "true");
    await apply.click();
    await second.locator('#result[data-outcome="applied"]').waitFor();
    const chosen = region.replace("[3, 3, 2]", "[4, 4]").replace("drum closedHiHat eighth", "drum pedalHiHat eighth");
    assert.equal(await nextDrums((text) => text.includes("[4, 4]")), header + chosen, "yours at the place, the other change merged");
    assert.equal(await merge.count(), 0, "the merge view closes");
    assert.match(await second.locator(".cm-content").innerText(), /drum pedalHiHat eighth[\s\S]*\[4, 4\]/, "the editor holds what plays");
    await first.context().close();
    await second.context().close();
  });

  it("opens the merge view in the studio when the conductor's Apply meets a change to the same line", async () => {
    const studio: BrowserSession = await openStudio(server.conductorUrl);
    try {
      const page = studio.page;
      await page.getByRole("tab", { name: "Drums" }).click();
      const line = page.locator(".cm-line", { hasText: "snare = rest" });
      await line.click();
      await page.keyboard.press("End");
      await page.keyboard.insertText(" ++ rest 0");

      const dana = await connect(server, (await invite(conductor, "Dana again", ["Drums"])).token);
      const base = (await dana.next("welcome")).modules.find((module) => module.name === "Drums")!.version;
      const { header, region } = splitModule(drums());
      const snare = region.split("\n").find((text) => text.startsWith("snare = "))!;
      dana.send({ type: "submit", id: 1, module: "Drums", base, region: region.replace(snare, `${snare} ++ rest 1`) });
      assert.equal((await dana.next("result", undefined, bound)).outcome, "applied");
      dana.close();
      await page.locator("#status", { hasText: "on the lines you are editing" }).waitFor();

      await page.keyboard.press("Control+Enter");
      const dialog = page.getByRole("dialog", { name: "Drums was changed while you were editing" });
      await dialog.waitFor();
      const place = dialog.getByRole("group", { name: "Place 1 of 1" });
      assert.equal(await place.locator(".merge-side.theirs pre").innerText(), `${snare} ++ rest 1`);
      assert.equal(await place.locator(".merge-side.yours pre").innerText(), `${snare} ++ rest 0`);
      await place.getByRole("button", { name: "Take theirs" }).click();
      await dialog.locator(".merge-result .cm-line", { hasText: "++ rest 1" }).click();
      await page.keyboard.press("End");
      await page.keyboard.insertText(" ++ rest 0");
      assert.match(await place.innerText(), /edited in the result/);
      await dialog.getByRole("button", { name: "Apply" }).click();
      const expected = header + region.replace(snare, `${snare} ++ rest 1 ++ rest 0`);
      assert.equal(await nextDrums((text) => text.includes("rest 1 ++ rest 0")), expected);
      assert.equal(await dialog.count(), 0, "the dialog closes");
      await page.getByRole("textbox", { name: "Module Drums" }).locator(".cm-line", { hasText: "++ rest 1 ++ rest 0" }).waitFor();
    } finally {
      await studio.close();
    }
  });
});
