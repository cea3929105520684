// The studio loads once: in Chromium, a reload transfers only revalidations and what changed (under
// 10 KB in all, the page, its script and style sheet answered "not modified"), the shared chunks
// come from the browser's cache, and the SoundFont is not downloaded again.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page, Response } from "playwright-core";
import { openStudio, studioFixture, until } from "./browser.ts";

interface Transfer { readonly url: string; readonly status: number; readonly bytes: number; readonly cached: boolean }

/** Records every response of the page with the bytes it took on the wire (headers and body). */
function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on("response", (response: Response) => {
    void response.request().sizes().then((sizes) => transfers.push({
      url: new URL(response.url()).pathname,
      status: response.status(),
      bytes: sizes.responseHeadersSize + sizes.responseBodySize,
      cached: response.fromServiceWorker() || sizes.responseBodySize === 0 && response.status() === 200,
    }), () => {});
  });
  return transfers;
}

async function enableAudio(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Click to enable audio" }).click();
  await page.locator("#audio-banner").waitFor({ state: "hidden", timeout: 60_000 });
}

describe("the studio's caching", () => {
  it("reloads with a few kilobytes and without the SoundFont", async (context) => {
    const fixture = await studioFixture();
    const browser = await openStudio(fixture.server.conductorUrl);
    try {
      const page = browser.page;
      const first = recordTransfers(page);
      await enableAudio(page);
      await until(async () => first.some((transfer) => transfer.url === "/audio/soundfont.sf3"), "the SoundFont loaded");
      assert.ok(first.find((transfer) => transfer.url === "/audio/soundfont.sf3")!.bytes > 1_000_000, "the first load downloads the SoundFont");

      const again = recordTransfers(page);
      await page.reload();
      await page.getByRole("tab").first().waitFor();
      await enableAudio(page);
      await until(async () => again.some((transfer) => transfer.url === "/audio/soundfont.sf3"), "the SoundFont asked for again");
      await page.waitForLoadState("networkidle");
      const total = again.reduce((sum, transfer) => sum + transfer.bytes, 0);
      context.diagnostic(`first load ${first.reduce((sum, transfer) => sum + transfer.bytes, 0)} bytes, reload ${total} bytes in ${again.length} responses`);
      assert.ok(total < 10_000, `a reload transferred ${total} bytes: ${JSON.stringify(again)}`);
      for (const path of ["/", "/assets/studio.js", "/assets/studio.css", "/audio/soundfont.sf3"]) {
        const transfer = again.find((candidate) => candidate.url === path);
        assert.ok(transfer && (transfer.status === 304 || transfer.cached), `${path} not downloaded again: ${JSON.stringify(transfer)}`);
      }
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
