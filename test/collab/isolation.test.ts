// The song runs in a worker thread: with the song's own limits off (no step or time budget, no
// memory rule), an edit that fills memory ends the worker at its heap limit, not the server. Over
// real sockets on a copy of examples/band: the server answers on, a new worker takes over, the
// edit is rolled back and the music resumes where it stopped; the next edit applies.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { splitModule, withRegion } from "../../src/collab/marker.ts";
import type { StudioServer } from "../../src/server/server.ts";
import { connect, copyBand, removeFolder, serveBand, tokenOf, type Client } from "./band.ts";

/** The index `find` gives once it finds something; the bound only keeps a broken test from hanging (filling a worker's heap is slow on a busy machine). */
async function until(find: () => number): Promise<number> {
  for (const started = Date.now(); Date.now() - started < 240_000; await new Promise((resolve) => setTimeout(resolve, 10))) {
    const index = find();
    if (index >= 0) return index;
  }
  throw new Error("not found in time");
}

describe("a song in a worker of its own", () => {
  let folder: string;
  let server: StudioServer;
  let conductor: Client;

  before(async () => {
    folder = copyBand();
    server = await serveBand(folder, {}, { stepBudget: 1e12, timeBudget: undefined, memoryLimit: Infinity, workerHeap: 96 });
    conductor = await connect(server, tokenOf(server.conductorUrl));
    await conductor.next("welcome");
    conductor.send({ type: "transport", action: "play" });
    await conductor.next("timeline", (message) => message.elements.some((element) => element.time > 2000), 10_000);
  });
  after(async () => {
    conductor?.close();
    await server?.close();
    removeFolder(folder);
  });

  it("survives an edit that fills the worker's memory: rolled back, the music resumes where it stopped", async () => {
    const drums = readFileSync(join(folder, "Drums.hs"), "utf8");
    const hoard = "bar :: Integer -> [Event (Channel Message)]\nbar n = drumChannel (drum bassDrum1 (fromIntegral (length xs + fromIntegral (sum xs))))\n  where xs = [1 .. 50000000 + n]\n";
    conductor.send({ type: "apply", id: 1, module: "Drums", text: withRegion(drums, hoard) });
    assert.equal((await conductor.next("result", (message) => message.id === 1)).outcome, "applied");
    const rolledBackAt = await until(() => conductor.messages.findIndex((message) => message.type === "rolledBack"));
    const played = conductor.messages.splice(0, rolledBackAt + 1);
    const rolledBack = played.at(-1)!;
    assert.ok(rolledBack.type === "rolledBack");
    assert.match(rolledBack.message, /^rolled back to version \d+: the edit made the music run away \(.*ran out of memory/);
    const stoppedAt = played.flatMap((message) => (message.type === "timeline" ? message.elements : [])).at(-1)?.time ?? 0;
    await conductor.next("transport", (message) => message.transport.state === "playing", 10_000);
    const resumed = await conductor.next("timeline", (message) => message.elements.length > 0, 10_000);
    assert.ok(stoppedAt > 2000 && resumed.elements[0].time >= stoppedAt, `stopped at ${stoppedAt} ms of the song, resumed at ${resumed.elements[0].time} ms`);
    assert.equal(splitModule(readFileSync(join(folder, "Drums.hs"), "utf8")).region, splitModule(drums).region, "the edit was never saved");

    conductor.send({ type: "ping", id: 7, sent: 0 });
    assert.equal((await conductor.next("pong")).id, 7);
    const quieter = splitModule(drums).region.replace("drum closedHiHat eighth", "drum pedalHiHat eighth");
    conductor.send({ type: "apply", id: 2, module: "Drums", text: withRegion(drums, quieter) });
    assert.equal((await conductor.next("result", (message) => message.id === 2)).outcome, "applied");
  });
});
