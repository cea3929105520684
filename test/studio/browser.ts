// Test helpers: a studio server on an ephemeral port over a song in a temporary folder, and
// Debian's Chromium driven by playwright-core with a fresh profile and a fake Web MIDI device.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startStudioServer, type StudioServer } from "../../src/server/server.ts";
import type { Song } from "../../src/server/song.ts";
import { FakeSong, fakeSongText } from "./fake-song.ts";

export interface Fixture {
  readonly folder: string;
  readonly file: string;
  readonly song: Song;
  readonly server: StudioServer;
  close(): Promise<void>;
}

/** The rollback window of test servers (ms): an applied edit is saved to its file after it. */
export const acceptanceWindow = 5000;

/** A studio over a song (by default the fake one) whose text is written to a temporary folder. */
export async function studioFixture(open: (file: string) => Song | Promise<Song> = (file) => new FakeSong(file), text = fakeSongText, name = "Song.hs"): Promise<Fixture> {
  const folder = mkdtempSync(join(tmpdir(), "refrain-studio-"));
  const file = join(folder, name);
  writeFileSync(file, text);
  const song = await open(file);
  const server = await startStudioServer({ song, title: name, port: 0, limits: { rollbackWindow: acceptanceWindow } });
  return {
    folder,
    file,
    song,
    server,
    async close() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const chromiumArguments = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--autoplay-policy=no-user-gesture-required",
];

/**
 * Replaces Web MIDI with one fake output that records every message in `window.midiLog`.
 * Plain text, because the test runner's compiler adds helpers to functions that the page lacks.
 */
const fakeMidi = `
  window.midiLog = [];
  const output = { id: "fake", name: "Test synth", send(data, timestamp = 0) { window.midiLog.push({ data: [...data], timestamp }); } };
  const outputs = new Map([["fake", output]]);
  Object.defineProperty(Navigator.prototype, "requestMIDIAccess", {
    configurable: true,
    value: async () => ({ outputs, inputs: new Map(), addEventListener() {} }),
  });
`;

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface BrowserOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly colorScheme?: "light" | "dark";
}

export async function openStudio(url: string, options: BrowserOptions = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "refrain-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: chromiumArguments,
    viewport: options.viewport ?? { width: 1280, height: 720 },
    colorScheme: options.colorScheme ?? "light",
  });
  await context.addInitScript({ content: fakeMidi });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByRole("tab").first().waitFor();
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the condition holds, polling. The bound only keeps a broken test from hanging: it
 * is generous, since a shared machine under load can be slow, and no test measures speed with it.
 */
/** The file's text once it satisfies `test` (an applied edit is saved when the song has accepted it). */
export async function savedText(file: string, test: (text: string) => boolean, what: string): Promise<string> {
  await until(async () => test(readFileSync(file, "utf8")), what);
  return readFileSync(file, "utf8");
}

export async function until(condition: () => Promise<boolean>, what: string, bound = 30_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < bound; ) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** Replaces the text of the line holding `line` in the editor and applies it with Ctrl-Enter. */
export async function editLine(page: Page, line: string, replacement: string): Promise<void> {
  await page.locator(".cm-line", { hasText: line }).click();
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.insertText(replacement);
  await page.keyboard.press("Control+Enter");
}
