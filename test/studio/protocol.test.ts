// The studio server over real sockets: bad input from a browser (malformed, oversized, binary,
// unknown modules, foreign origins and host names, path tricks) is refused with an error and
// changes nothing.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { WebSocket } from "ws";
import type { ServerMessage } from "../../src/server/protocol.ts";
import { parseRequest } from "../../src/server/requests.ts";
import { savedText, studioFixture, type Fixture } from "./browser.ts";
import { fakeSongText } from "./fake-song.ts";

/** A WebSocket client that collects every server message. */
async function client(fixture: Fixture, headers: Record<string, string> = {}) {
  const token = new URL(fixture.server.conductorUrl).searchParams.get("token") ?? "";
  const socket = new WebSocket(`${fixture.server.url.replace("http", "ws")}socket?token=${token}`, { headers });
  const messages: ServerMessage[] = [];
  socket.on("message", (data) => messages.push(JSON.parse(data.toString()) as ServerMessage));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const next = async (type: ServerMessage["type"]) => {
    for (let waited = 0; waited < 3000; waited += 10) {
      const index = messages.findIndex((message) => message.type === type);
      if (index >= 0) return messages.splice(index, 1)[0];
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`no ${type} message`);
  };
  return { socket, messages, next };
}

function get(url: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const call = request({ host: target.hostname, port: target.port, path, method, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on("error", reject);
    call.end();
  });
}

describe("parseRequest", () => {
  it("accepts well-formed requests and refuses everything else with a reason", () => {
    assert.deepEqual(parseRequest('{"type":"transport","action":"play"}'), { ok: true, message: { type: "transport", action: "play" } });
    for (const bad of ["", "nonsense", "[]", "null", "42", '{"type":1}', '{"type":"launch"}', '{"type":"transport","action":"explode"}',
      '{"type":"apply","module":"Song"}', '{"type":"apply","module":"Song","text":7}', '{"type":"latency","milliseconds":1e9}',
      '{"type":"latency","milliseconds":"fast"}', '{"type":"control","name":"volume","value":null}', '{"type":"mode","mode":"warp"}',
      '{"type":"ping","id":-1,"sent":0}', '{"__proto__":{"type":"ping"}}']) {
      const parsed = parseRequest(bad);
      assert.equal(parsed.ok, false, bad);
      assert.ok(!parsed.ok && parsed.reason.length > 0);
    }
  });

  it("refuses text larger than a module may be", () => {
    const parsed = parseRequest(JSON.stringify({ type: "apply", module: "Song", text: "x".repeat(300 * 1024) }));
    assert.equal(parsed.ok, false);
  });
});

describe("studio server", () => {
  let fixture: Fixture;
  before(async () => {
    fixture = await studioFixture();
  });
  after(async () => {
    await fixture.close();
  });

  it("welcomes a browser with the song's modules, controls and transport", async () => {
    const { socket, next } = await client(fixture);
    const welcome = await next("welcome");
    assert.ok(welcome.type === "welcome");
    assert.equal(welcome.modules[0].name, "Song");
    assert.equal(welcome.modules[0].text, fakeSongText);
    assert.equal(welcome.transport.state, "stopped");
    assert.deepEqual(welcome.controls.map((control) => control.name), ["volume", "accent"]);
    socket.close();
  });

  it("refuses malformed, unknown and oversized messages, and changes nothing", async () => {
    const { socket, next, messages } = await client(fixture);
    await next("welcome");
    const bad = [
      "not json",
      JSON.stringify({ type: "apply", module: "../../etc/passwd", text: "main = []" }),
      JSON.stringify({ type: "apply", module: "Nowhere", text: "main = []" }),
      JSON.stringify({ type: "apply", module: "Song", text: "x".repeat(600 * 1024) }),
      JSON.stringify({ type: "control", name: "nothing", value: 3 }),
      JSON.stringify({ type: "transport", action: "rm -rf" }),
    ];
    for (const message of bad) {
      socket.send(message);
      const refused = await next("refused");
      assert.ok(refused.type === "refused" && refused.message.length > 0);
    }
    socket.send(Buffer.from([1, 2, 3]), { binary: true });
    assert.equal((await next("refused")).type, "refused");
    assert.equal(readFileSync(fixture.file, "utf8"), fakeSongText);
    assert.equal(fixture.song.modules()[0].text, fakeSongText);
    assert.ok(!messages.some((message) => message.type === "module"));
    socket.close();
  });

  it("applies a module, tells every browser, and saves it to its file once the song has accepted it", async () => {
    const first = await client(fixture);
    const second = await client(fixture);
    await first.next("welcome");
    await second.next("welcome");
    const text = fakeSongText.replace("note 60", "note 62");
    first.socket.send(JSON.stringify({ type: "apply", id: 7, module: "Song", text }));
    const mine = await first.next("module");
    const theirs = await second.next("module");
    assert.ok(mine.type === "module" && mine.yours && mine.module.version === 1);
    assert.ok(theirs.type === "module" && !theirs.yours && theirs.module.text === text);
    const result = await first.next("result");
    assert.ok(result.type === "result" && result.id === 7 && result.problems.length === 0);
    assert.equal(readFileSync(fixture.file, "utf8"), fakeSongText, "saved only once the song has accepted it");
    await savedText(fixture.file, (saved) => saved === text, "the file to be saved");
    first.socket.close();
    second.socket.close();
  });

  it("answers a module with errors with its problems and keeps the old one", async () => {
    const { socket, next } = await client(fixture);
    await next("welcome");
    const before = readFileSync(fixture.file, "utf8");
    socket.send(JSON.stringify({ type: "apply", id: 8, module: "Song", text: "melody = note 60 ++ (note 64 ;" }));
    const result = await next("result");
    assert.ok(result.type === "result" && result.problems.length === 1);
    assert.match(result.problems[0].text, /Song\.hs:1:\d+: error: parse error/);
    assert.equal(readFileSync(fixture.file, "utf8"), before);
    socket.close();
  });

  it("answers pings with the server clock", async () => {
    const { socket, next } = await client(fixture);
    await next("welcome");
    socket.send(JSON.stringify({ type: "ping", id: 1, sent: 123.5 }));
    const pong = await next("pong");
    assert.ok(pong.type === "pong" && pong.id === 1 && pong.sent === 123.5 && pong.server > 0);
    socket.close();
  });

  it("refuses WebSocket connections from other origins and other paths", async () => {
    await assert.rejects(client(fixture, { Origin: "http://evil.example" }));
    await assert.rejects(client(fixture, { Origin: `http://localhost:${fixture.server.port + 1}` }), "another port is another origin");
    const socket = new WebSocket(`${fixture.server.url.replace("http", "ws")}elsewhere`);
    await assert.rejects(new Promise((resolve, reject) => (socket.once("open", resolve), socket.once("error", reject))));
  });

  it("answers only to its own host names, and takes submissions only from its own origin (DNS rebinding)", async () => {
    const port = fixture.server.port;
    const rebound = `evil.example:${port}`;
    await assert.rejects(client(fixture, { Host: rebound, Origin: `http://${rebound}` }), "a page whose name was pointed here cannot connect");
    assert.equal(await get(fixture.server.url, "/", { Host: rebound }), 421);
    assert.equal(await get(fixture.server.url, "/edit?token=x", { Host: rebound }), 421);
    assert.equal(await get(fixture.server.url, "/", { Host: `localhost:${port}` }), 200);
    assert.equal(await get(fixture.server.url, "/", { Host: `127.0.0.1:${port}` }), 200);
    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    assert.equal(await get(fixture.server.url, "/edit", { ...form, Origin: "http://evil.example" }, "POST"), 403);
    const own = await client(fixture, { Host: `localhost:${port}`, Origin: `http://localhost:${port}` });
    await own.next("welcome");
    own.socket.close();
  });

  it("serves only its own assets: no path leads to other files", async () => {
    assert.equal(await get(fixture.server.url, "/"), 200);
    assert.equal(await get(fixture.server.url, "/assets/studio.js"), 200);
    for (const path of ["/../package.json", "/assets/../../package.json", "/%2e%2e/package.json", "/assets/%2e%2e%2fpackage.json",
      "/audio/../../../etc/passwd", "//etc/passwd", "/Song.hs", "/src/server/server.ts"]) {
      assert.equal(await get(fixture.server.url, path), 404, path);
    }
  });
});
