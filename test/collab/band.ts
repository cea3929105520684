// Test helpers for playing together: examples/band copied to a temporary folder and served with
// its history and invitations in the folder's `.refrain/`, WebSocket clients with a token, and
// Chromium pages in separate browser contexts.

import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { WebSocket } from "ws";
import type { CollaborationLimits } from "../../src/collab/limits.ts";
import { openSong, type SongOptions } from "../../src/server/open-song.ts";
import type { ServerMessage } from "../../src/server/protocol.ts";
import { startStudioServer, type StudioServer } from "../../src/server/server.ts";
import { liveTimeBudget } from "../../src/cli/song-options.ts";
import { acceptanceWindow } from "../studio/browser.ts";

export const bandFolder = new URL("../../examples/band/", import.meta.url).pathname;

/** A copy of the band song in a fresh folder. */
export function copyBand(): string {
  const folder = mkdtempSync(join(tmpdir(), "refrain-band-"));
  cpSync(bandFolder, folder, { recursive: true });
  return folder;
}

/** Serves the band in `folder` (a small step budget, so a runaway is caught quickly, the live time budget, a short acceptance window). */
export async function serveBand(folder: string, limits: Partial<CollaborationLimits> = {}, options: SongOptions = {}): Promise<StudioServer> {
  const song = await openSong(join(folder, "Main.hs"), { stepBudget: 2_000_000, timeBudget: liveTimeBudget, ...options });
  return startStudioServer({ song, title: "Main.hs", port: 0, state: join(folder, ".refrain"), limits: { rollbackWindow: acceptanceWindow, ...limits } });
}

export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

export function tokenOf(url: string): string {
  return new URL(url).searchParams.get("token") ?? "";
}

export interface Client {
  readonly socket: WebSocket;
  readonly messages: ServerMessage[];
  /** The first unread message of `type` (and matching `test`), waiting for it if needed. */
  next<T extends ServerMessage["type"]>(type: T, test?: (message: Extract<ServerMessage, { type: T }>) => boolean, timeout?: number): Promise<Extract<ServerMessage, { type: T }>>;
  send(message: object): void;
  close(): void;
}

export async function connect(server: StudioServer, token: string): Promise<Client> {
  const socket = new WebSocket(`${server.url.replace("http", "ws")}socket?token=${encodeURIComponent(token)}`);
  const messages: ServerMessage[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(data.toString()) as ServerMessage));
  await new Promise((resolve, reject) => (socket.once("open", resolve), socket.once("error", reject)));
  return {
    socket,
    messages,
    async next(type, test = () => true, timeout = 5000) {
      for (const started = Date.now(); Date.now() - started < timeout; ) {
        const index = messages.findIndex((message) => message.type === type && test(message as never));
        if (index >= 0) return messages.splice(index, 1)[0] as never;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no ${type} message`);
    },
    send: (message) => socket.send(JSON.stringify(message)),
    close: () => socket.close(),
  };
}

/** The conductor creates an invitation for `name` editing `modules`: its secret token and public id. */
export async function invite(conductor: Client, name: string, modules: string[]): Promise<{ token: string; id: string; link: string }> {
  conductor.send({ type: "invite", name, modules });
  const { invitations } = await conductor.next("invitations", (message) => message.invitations.some((invitation) => invitation.name === name));
  const { id, link } = invitations.find((invitation) => invitation.name === name)!;
  return { token: tokenOf(link), id, link };
}

/** One headless Chromium for a test file; each participant gets its own context (its own cookies, storage). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required"] });
}

export async function openPage(browser: Browser, url: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
