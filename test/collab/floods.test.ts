// Floods over real sockets on a copy of examples/band: tokenless sockets cannot lock out the
// conductor or a participant (listeners are limited per address and in all; tokens always get
// in); a socket flooding messages gets one warning, no answer to each, and is cut off; a
// participant flooding large submissions over several sockets grows the history by little.

import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { WebSocket } from "ws";
import type { StudioServer } from "../../src/server/server.ts";
import { connect, copyBand, invite, removeFolder, serveBand, tokenOf, type Client } from "./band.ts";

/** Opens a socket with `token`: whether the server let it in. */
function attempt(server: StudioServer, token = ""): Promise<WebSocket | undefined> {
  const socket = new WebSocket(`${server.url.replace("http", "ws")}socket?token=${token}`);
  return new Promise((resolve) => {
    socket.once("open", () => resolve(socket));
    socket.once("error", () => resolve(undefined));
  });
}

describe("floods", () => {
  let folder: string;
  let server: StudioServer;
  let conductor: Client;

  before(async () => {
    folder = copyBand();
    server = await serveBand(folder);
    conductor = await connect(server, tokenOf(server.conductorUrl));
    await conductor.next("welcome");
  });
  after(async () => {
    conductor?.close();
    await server?.close();
    removeFolder(folder);
  });

  it("210 tokenless sockets from one address: 16 get in, and the conductor and a participant still connect", async () => {
    const { token } = await invite(conductor, "Dana", ["Drums"]);
    const opened = await Promise.all(Array.from({ length: 210 }, () => attempt(server)));
    const admitted = opened.filter((socket) => socket !== undefined);
    assert.equal(admitted.length, 16);
    const second = await attempt(server, tokenOf(server.conductorUrl));
    const dana = await attempt(server, token);
    assert.ok(second && dana, "the conductor and the participant get in");
    for (const socket of [...admitted, second, dana]) socket?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await attempt(server);
    assert.ok(again, "a listener gets in again once the others have left");
    again.close();
  });

  it("a socket flooding messages gets one warning, not an answer to each, and is cut off", async () => {
    const flooder = await connect(server, "");
    await flooder.next("welcome");
    const closed = new Promise<number>((resolve) => flooder.socket.once("close", (code) => resolve(code)));
    for (let index = 0; index < 1000 && flooder.socket.readyState === WebSocket.OPEN; index++) flooder.send({ type: "ping", id: index, sent: 0 });
    assert.equal(await closed, 1008);
    const answers = flooder.messages.filter((message) => message.type === "pong" || message.type === "refused");
    assert.ok(answers.length <= 201, `${answers.length} answers`);
    assert.equal(flooder.messages.filter((message) => message.type === "refused").length, 1);
    conductor.send({ type: "ping", id: 1, sent: 0 });
    assert.equal((await conductor.next("pong")).id, 1, "the conductor is answered on");
  });

  it("a participant flooding 64 KiB submissions from two sockets: most are dropped unread, and the history grows by little", async () => {
    const { token } = await invite(conductor, "Flo", ["Keys"]);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a fresh second for every sender
    const history = join(folder, ".refrain", "history.jsonl");
    const size = statSync(history).size;
    const sockets = [await connect(server, token), await connect(server, token)];
    for (const socket of sockets) await socket.next("welcome");
    const region = `-- ${"x".repeat(64 * 1024 - 10)}\n`;
    for (let id = 0; id < 30; id++) for (const socket of sockets) socket.send({ type: "submit", id, module: "Keys", base: 999, region });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const answered = sockets.flatMap((socket) => socket.messages).filter((message) => message.type === "result").length;
    assert.ok(answered <= 16, `${answered} of 60 answered: past a megabyte a second, submissions are dropped unread`);
    assert.ok(statSync(history).size - size < 256 * 1024, `the history grew by ${statSync(history).size - size} bytes`);
    for (const socket of sockets) socket.close();
  });
});
