// Playing together over real sockets, on a copy of examples/band: roles from tokens (forged and
// revoked ones refused), concurrent submissions to one module, refusals that keep the music,
// limits, locks, restoring, rolling back an edit that broke the music (it resumes where it
// stopped), and a restart that keeps the history.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { splitModule } from "../../src/collab/marker.ts";
import { libraryFolder } from "../../src/session/index.ts";
import type { StudioServer } from "../../src/server/server.ts";
import { connect, copyBand, invite, removeFolder, serveBand, tokenOf, type Client } from "./band.ts";
import { savedText } from "../studio/browser.ts";

const drumsRegion = (folder: string) => splitModule(readFileSync(join(folder, "Drums.hs"), "utf8")).region;
const history = (folder: string) => readFileSync(join(folder, ".refrain", "history.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line));

describe("playing together over sockets", () => {
  let folder: string;
  let server: StudioServer;
  let conductor: Client;
  let drummer: string;
  let drummerId: string;

  before(async () => {
    folder = copyBand();
    server = await serveBand(folder);
    conductor = await connect(server, tokenOf(server.conductorUrl));
    await conductor.next("welcome");
    conductor.send({ type: "transport", action: "play" });
    ({ token: drummer, id: drummerId } = await invite(conductor, "Dana", ["Drums"]));
  });
  after(async () => {
    conductor?.close();
    await server?.close();
    removeFolder(folder);
  });

  it("gives each token its role: the conductor, a participant for exactly its modules, else read-only", async () => {
    const dana = await connect(server, drummer);
    const welcome = await dana.next("welcome");
    assert.deepEqual(welcome.role, { kind: "participant", name: "Dana", modules: ["Drums"] });
    dana.send({ type: "submit", id: 1, module: "Keys", base: 0, region: "x" });
    assert.match((await dana.next("refused")).message, /may not edit module Keys/);
    dana.send({ type: "transport", action: "stop" });
    assert.match((await dana.next("refused")).message, /only the conductor/);
    for (const forged of ["", "forged", `${drummer.slice(0, -1)}x`, tokenOf(server.conductorUrl).toUpperCase()]) {
      const stranger = await connect(server, forged);
      assert.equal((await stranger.next("welcome")).role.kind, "listener");
      stranger.send({ type: "submit", id: 1, module: "Drums", base: 0, region: "x" });
      await stranger.next("refused");
      stranger.close();
      assert.equal((await fetch(`${server.url}edit?token=${encodeURIComponent(forged)}`)).status, 403);
    }
    assert.equal((await fetch(`${server.url}edit?token=${drummer}`)).status, 200);
    dana.close();
  });

  /** Dana and a second drummer invited as `name`, both connected, with the Drums version and part they start from. */
  async function twoDrummers(name: string): Promise<{ dana: Client; other: Client; base: number; region: string }> {
    const { token: second } = await invite(conductor, name, ["Drums"]);
    const [dana, other] = [await connect(server, drummer), await connect(server, second)];
    const base = (await dana.next("welcome")).modules.find((module) => module.name === "Drums")!.version;
    await other.next("welcome");
    return { dana, other, base, region: drumsRegion(folder) };
  }

  it("answers two submissions made on the same version: one applies, the other is told and shown both", async () => {
    const { dana, other: sam, base, region } = await twoDrummers("Sam");
    dana.send({ type: "submit", id: 1, module: "Drums", base, region: region.replace("[3, 3, 2]", "[2, 2, 2, 2]") });
    sam.send({ type: "submit", id: 1, module: "Drums", base, region: region.replace("[3, 3, 2]", "[4, 4]") });
    const results = [await dana.next("result"), await sam.next("result")];
    assert.deepEqual(results.map((result) => result.outcome).sort(), ["applied", "conflict"]);
    const conflict = results.find((result) => result.outcome === "conflict")!;
    assert.equal(conflict.current?.version, base + 1);
    assert.match(conflict.current!.text, /\[2, 2, 2, 2\]/);
    await savedText(join(folder, "Drums.hs"), (text) => /\[2, 2, 2, 2\]/.test(text), "the accepted edit to be saved");
    const recorded = history(folder).slice(-2);
    assert.deepEqual(recorded.map((entry) => entry.outcome).sort(), ["applied", "conflict"]);
    assert.ok(recorded.every((entry) => entry.base === base));
    dana.close();
    sam.close();
  });

  it("merges two submissions made on the same version that change different lines: both apply, the second merged", async () => {
    const { dana, other: lee, base, region } = await twoDrummers("Lee");
    dana.send({ type: "submit", id: 1, module: "Drums", base, region: region.replace("drum closedHiHat eighth", "drum pedalHiHat eighth") });
    const first = await dana.next("result");
    lee.send({ type: "submit", id: 1, module: "Drums", base, region: region.replace("drum acousticSnare (2 * eighth)", "drum handClap (2 * eighth)") });
    const merged = await lee.next("result");
    assert.deepEqual([first.outcome, merged.outcome], ["applied", "applied"]);
    assert.equal(merged.mergedOver, base + 1);
    await savedText(join(folder, "Drums.hs"), (text) => text.includes("drum pedalHiHat eighth") && text.includes("drum handClap (2 * eighth)"), "both edits to be saved");
    const recorded = history(folder).slice(-2);
    assert.deepEqual(recorded.map((entry) => [entry.outcome, entry.version]), [["applied", base + 1], ["applied", base + 2]]);
    dana.close();
    lee.close();
  });

  it("refuses an edit with errors at their positions, keeps the music playing, and tells the conductor", async () => {
    const dana = await connect(server, drummer);
    const base = (await dana.next("welcome")).modules.find((module) => module.name === "Drums")!.version;
    const before = readFileSync(join(folder, "Drums.hs"), "utf8");
    const region = drumsRegion(folder).replace("bar n = drumChannel", "bar n = drumChannel (");
    dana.send({ type: "submit", id: 5, module: "Drums", base, region });
    const result = await dana.next("result");
    assert.equal(result.outcome, "refused");
    const span = result.problems.find((problem) => problem.span)!.span!;
    assert.ok(span.start >= result.regionStart!, "the error is placed in the participant's part");
    assert.equal((await conductor.next("recorded", (message) => message.entry.outcome === "refused")).entry.who, "Dana");
    assert.equal(readFileSync(join(folder, "Drums.hs"), "utf8"), before);
    conductor.messages.length = 0;
    await conductor.next("timeline");
    assert.equal((await conductor.next("timeline")).type, "timeline", "the music goes on");
    dana.close();
  });

  it("limits size and rate, answers every submission, records limited ones without their text and in runs, and honours locks", async () => {
    const dana = await connect(server, drummer);
    const base = (await dana.next("welcome")).modules.find((module) => module.name === "Drums")!.version;
    dana.send({ type: "submit", id: 1, module: "Drums", base, region: "-- x\n".repeat(20_000) });
    assert.equal((await dana.next("result")).outcome, "limited");
    const large = history(folder).at(-1);
    assert.deepEqual([large.outcome, large.text, large.bytes > 100_000, large.digest.length], ["limited", "", true, 16], "size and digest, not the text");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const count = history(folder).length;
    for (let id = 10; id < 16; id++) dana.send({ type: "submit", id, module: "Drums", base, region: drumsRegion(folder) });
    const outcomes = [];
    for (let id = 10; id < 16; id++) outcomes.push((await dana.next("result", (message) => message.id === id)).outcome);
    const limited = outcomes.filter((outcome) => outcome === "limited").length;
    assert.ok(limited >= 3, outcomes.join());
    assert.equal(history(folder).length, count + (6 - limited) + 1, "a run of limited submissions is one entry");
    conductor.send({ type: "lock", module: "Drums", locked: true });
    await dana.next("locks");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    for (let id = 20; id < 23; id++) dana.send({ type: "submit", id, module: "Drums", base, region: drumsRegion(folder) });
    const locked = await dana.next("result", (message) => message.id === 20);
    assert.match(locked.problems[0].message, /locked/);
    assert.equal((await dana.next("result", (message) => message.id === 22)).outcome, "limited");
    assert.equal(history(folder).at(-1).unwrittenBefore, limited - 1, "the next limited entry counts those not written");
    conductor.send({ type: "lock", module: "Drums", locked: false });
    dana.close();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the rate limit's bucket fills again for the tests after
  });

  it("lets the conductor take back an edit by restoring an earlier version", async () => {
    const original = history(folder).find((entry) => entry.module === "Drums" && entry.outcome === "loaded");
    conductor.send({ type: "restore", id: 30, sequence: original.sequence });
    const result = await conductor.next("result", (message) => message.id === 30);
    assert.equal(result.outcome, "restored");
    assert.equal(readFileSync(join(folder, "Drums.hs"), "utf8"), original.text);
    conductor.send({ type: "history" });
    const { entries } = await conductor.next("history");
    assert.equal(entries.at(-1)!.outcome, "restored");
  });

  /** The song time of the last element the conductor was sent before the rollback message (which is read too). */
  async function timeBeforeRollback(): Promise<number> {
    let boundary = -1;
    for (const started = Date.now(); boundary < 0 && Date.now() - started < 5000; boundary = conductor.messages.findIndex((message) => message.type === "rolledBack")) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const before = conductor.messages.splice(0, boundary + 1);
    const elements = before.flatMap((message) => (message.type === "timeline" ? message.elements : []));
    return elements.at(-1)?.time ?? 0;
  }

  /** Submits a Drums region that breaks the music; the rollback's message, and the song times played before and after it. */
  async function breakDrums(id: number, region: string) {
    const dana = await connect(server, drummer);
    const { version: base, text: before } = (await dana.next("welcome")).modules.find((module) => module.name === "Drums")!;
    dana.send({ type: "submit", id, module: "Drums", base, region });
    assert.equal((await dana.next("result")).outcome, "applied");
    const rolledBack = await dana.next("rolledBack", undefined, 20_000);
    const stoppedAt = await timeBeforeRollback();
    assert.equal(readFileSync(join(folder, "Drums.hs"), "utf8"), before, "the broken edit was never saved; the version before it is");
    await conductor.next("transport", (message) => message.transport.state === "playing", 5000);
    const resumed = await conductor.next("timeline", (message) => message.elements.length > 0, 5000);
    dana.close();
    return { message: rolledBack.message, stoppedAt, resumedAt: resumed.elements[0].time };
  }

  it("rolls a runaway edit back to the previous version, tells the participant why, and the music resumes where it stopped", async () => {
    const { message, stoppedAt, resumedAt } = await breakDrums(40, "bar :: Integer -> [Event (Channel Message)]\nbar n = bar n\n");
    assert.match(message, /run away \((step budget exceeded|the element took longer than 250 ms to compute) while unfolding `bar`\)/);
    assert.ok(stoppedAt > 0 && resumedAt >= stoppedAt, `stopped at ${stoppedAt} ms of the song, resumed at ${resumedAt} ms`);
  });

  it("rolls back an edit after which the music fails with a runtime error, and resumes where it stopped", async () => {
    const { message, stoppedAt, resumedAt } = await breakDrums(41, "bar :: Integer -> [Event (Channel Message)]\nbar n = error \"no drums today\"\n");
    assert.match(message, /rolled back to version \d+: the music failed after the edit \(no drums today\)/);
    assert.ok(stoppedAt > 0 && resumedAt >= stoppedAt, `stopped at ${stoppedAt} ms of the song, resumed at ${resumedAt} ms`);
  });

  for (const [what, region] of [
    ["a power of two too large to compute", "bar n = drumChannel (drum bassDrum1 (2 ^ 100000000))"],
    ["a long list computed for each note", "bar n = drumChannel (drum bassDrum1 (fromIntegral (length [1 .. 80000000])))"],
    ["a recursion ten million calls deep", "bar n = drumChannel (drum bassDrum1 (deep 10000000))\n  where deep k = if k == 0 then 0 else 1 + deep (k - 1)"],
  ]) {
    it(`rolls back a hostile edit (${what}): the music resumes where it stopped`, async () => {
      const { message, stoppedAt, resumedAt } = await breakDrums(50, `bar :: Integer -> [Event (Channel Message)]\n${region}\n`);
      assert.match(message, /^rolled back to version \d+: /);
      assert.ok(stoppedAt > 0 && resumedAt >= stoppedAt, `stopped at ${stoppedAt} ms of the song, resumed at ${resumedAt} ms`);
    });
  }

  it("sends no absolute path of the server: module files and places are song-relative, the library is lib/", async () => {
    const raw: string[] = [];
    const client = await connect(server, tokenOf(server.conductorUrl));
    client.socket.on("message", (data) => raw.push(data.toString()));
    const welcome = await client.next("welcome");
    assert.deepEqual(welcome.modules.map((module) => module.file).sort(), ["Bass.hs", "Drums.hs", "Groove.hs", "Keys.hs", "Main.hs"]);
    const drums = welcome.modules.find((module) => module.name === "Drums")!;
    client.send({ type: "apply", id: 60, module: "Drums", base: drums.version, text: drums.text.replace("bar n = ", "bar n = nonsense + ") });
    const refused = await client.next("result", (message) => message.id === 60);
    assert.match(refused.problems[0].text ?? "", /^Drums\.hs:\d+:\d+: error/);
    client.send({ type: "history" });
    await client.next("history");
    await client.next("timeline");
    client.close();
    const page = await (await fetch(`${server.url}edit?token=${drummer}`)).text();
    const map = await (await fetch(`${server.url}assets/studio.js.map`)).text();
    for (const text of [...raw, page, map]) {
      assert.ok(!text.includes(folder) && !text.includes(libraryFolder), `no absolute path in ${text.slice(0, 200)}`);
    }
  });

  it("revokes a link: the participant is disconnected and the link refused", async () => {
    const dana = await connect(server, drummer);
    await dana.next("welcome");
    conductor.send({ type: "revoke", invitation: drummerId });
    await new Promise<void>((resolve) => dana.socket.once("close", () => resolve()));
    assert.equal((await fetch(`${server.url}edit?token=${drummer}`)).status, 403);
    const again = await connect(server, drummer);
    assert.equal((await again.next("welcome")).role.kind, "listener");
    again.close();
  });

  it("keeps the history, the versions and the links through a restart", async () => {
    const entries = history(folder).length;
    const conductorToken = tokenOf(server.conductorUrl);
    conductor.close();
    await server.close();
    server = await serveBand(folder);
    assert.equal(tokenOf(server.conductorUrl), conductorToken);
    conductor = await connect(server, conductorToken);
    const welcome = await conductor.next("welcome");
    assert.ok(welcome.modules.find((module) => module.name === "Drums")!.version > 0);
    conductor.send({ type: "history" });
    assert.equal((await conductor.next("history")).entries.length, entries);
    assert.equal((await fetch(`${server.url}edit?token=${drummer}`)).status, 403, "a revoked link stays revoked");
  });
});
