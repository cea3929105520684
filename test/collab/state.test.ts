// The studio's state beside the song, against real `refrain serve` processes where it matters:
// a damaged access.json stops serving with a message and is left as it was; a second server on
// the same song is refused, naming the first; a history whose last entry was cut short (at any
// byte) is repaired on open without losing the next entry; saves keep a module's mode and its
// symlink and leave no temporary files.

import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { History } from "../../src/collab/history.ts";
import { removeStraySaves, saveModule } from "../../src/server/module-files.ts";
import { splitModule, withRegion } from "../../src/collab/marker.ts";
import type { StudioServer } from "../../src/server/server.ts";
import { connect, copyBand, removeFolder, tokenOf } from "./band.ts";

const root = join(import.meta.dirname, "../..");

/**
 * `refrain serve FOLDER --port 0` (under `prlimit` with `limit`): resolves with the process and the
 * conductor's address once it prints it, or with its exit and stderr.
 */
function serve(folder: string, limit: string[] = []): Promise<{ server: ChildProcess; conductorUrl: string } | { code: number | null; stderr: string }> {
  const command = [process.execPath, join(root, "bin/refrain.js"), "serve", folder, "--port", "0"];
  const server = limit.length > 0 ? spawn("prlimit", [...limit, ...command], { cwd: root }) : spawn(command[0], command.slice(1), { cwd: root });
  let stderr = "";
  server.stderr.on("data", (data) => (stderr += data));
  return new Promise((resolve) => {
    server.stdout.on("data", (data) => {
      const address = /Refrain studio: (\S+)/.exec(String(data));
      if (address) resolve({ server, conductorUrl: address[1] });
    });
    server.on("exit", (code) => resolve({ code, stderr }));
  });
}

function stop(server: ChildProcess): Promise<unknown> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGINT");
  return exited;
}

describe("the studio's state", () => {
  it("stops on a damaged access.json with a message saying how to repair it, and leaves the file as it was", () => {
    const folder = copyBand();
    mkdirSync(join(folder, ".refrain"));
    const damaged = '{"conductor": "M92MG4SUpUEQ990trN82EvIU65TmdH7I865d-bCyfnw", "invitations": [';
    writeFileSync(join(folder, ".refrain", "access.json"), damaged);
    const result = spawnSync(process.execPath, [join(root, "bin/refrain.js"), "serve", folder, "--port", "0"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /access\.json is damaged \(.*\)\. It holds the conductor's token, the invitations and the locks\. Repair it, or move it aside to start afresh: mv /);
    assert.equal(readFileSync(join(folder, ".refrain", "access.json"), "utf8"), damaged);
    removeFolder(folder);
  });

  it("refuses a second server on the same song, naming the first; once the first stops, the song can be served again", async () => {
    const folder = copyBand();
    const first = await serve(folder);
    assert.ok("server" in first, "the first server starts");
    const second = await serve(folder);
    assert.ok("code" in second && second.code === 1);
    assert.match(second.stderr, new RegExp(`already being served by process ${first.server.pid}`));
    await stop(first.server);
    const third = await serve(folder);
    assert.ok("server" in third, "served again once the first has stopped");
    await stop(third.server);
    removeFolder(folder);
  });

  it("repairs a history whose last entry was cut at any byte, keeps the cut part aside, and records the next entry on a line of its own", async () => {
    const folder = mkdtempSync(join(tmpdir(), "refrain-history-"));
    const path = join(folder, "history.jsonl");
    const history = await History.open(path);
    for (const text of ["one", "two"]) await history.append({ who: "disk", module: "Main", text, outcome: "loaded", version: 0 }).written;
    await history.close();
    const whole = readFileSync(path, "utf8");
    const lastStart = whole.lastIndexOf("\n", whole.length - 2) + 1;
    for (let cut = lastStart + 1; cut < whole.length; cut++) {
      writeFileSync(path, whole.slice(0, cut));
      const reopened = await History.open(path);
      assert.match(reopened.repaired ?? "", /last entry was cut short/, `cut at ${cut}`);
      assert.deepEqual(reopened.all().map((entry) => entry.text), ["one"]);
      await reopened.append({ who: "studio", module: "Main", text: "three", outcome: "applied", version: 1 }).written;
      await reopened.close();
      const again = await History.open(path);
      assert.equal(again.repaired, undefined);
      assert.deepEqual(again.all().map((entry) => entry.text), ["one", "three"], `cut at ${cut}`);
      await again.close();
      for (const name of readdirSync(folder)) if (name.includes(".cut-")) assert.equal(readFileSync(join(folder, name), "utf8"), whole.slice(lastStart, cut));
      for (const name of readdirSync(folder)) if (name.includes(".cut-")) removeFolder(join(folder, name));
    }
    writeFileSync(path, `${whole.slice(0, lastStart - 5)}\n${whole.slice(lastStart)}`);
    await assert.rejects(History.open(path), /history\.jsonl is damaged \(line 1 is not an entry\)/);
    removeFolder(folder);
  });

  it("on a full disk (a file-size limit), an edit the history cannot record is not applied anywhere, and the version never goes back", async () => {
    const folder = copyBand();
    const first = await serve(folder);
    assert.ok("server" in first);
    await stop(first.server);
    const historyFile = join(folder, ".refrain", "history.jsonl");
    const recorded = readFileSync(historyFile, "utf8");
    const drums = readFileSync(join(folder, "Drums.hs"), "utf8");
    const edited = withRegion(drums, `${splitModule(drums).region}-- a fill\n`);

    const full = await serve(folder, [`--fsize=${Buffer.byteLength(recorded) + 300}`]);
    assert.ok("server" in full, "serves under the limit");
    const url = full.conductorUrl.replace(/\?.*$/, "");
    const conductor = await connect({ url } as StudioServer, tokenOf(full.conductorUrl));
    const version = (await conductor.next("welcome")).modules.find((module) => module.name === "Drums")!.version;
    conductor.send({ type: "apply", id: 1, module: "Drums", text: edited });
    const result = await conductor.next("result", (message) => message.id === 1, 30_000);
    assert.equal(result.outcome, "refused");
    assert.match(result.problems[0].message, /not applied: the history could not be written \(EFBIG\); the music goes on with version \d+/);
    conductor.send({ type: "ping", id: 2, sent: 0 });
    await conductor.next("pong");
    assert.ok(!conductor.messages.some((message) => message.type === "module"), "no browser was told of a new version");
    conductor.close();
    await stop(full.server);
    assert.equal(readFileSync(historyFile, "utf8"), recorded, "the history has no cut line and no entry for the edit");
    assert.equal(readFileSync(join(folder, "Drums.hs"), "utf8"), drums);

    const again = await serve(folder);
    assert.ok("server" in again);
    const next = await connect({ url: again.conductorUrl.replace(/\?.*$/, "") } as StudioServer, tokenOf(again.conductorUrl));
    assert.equal((await next.next("welcome")).modules.find((module) => module.name === "Drums")!.version, version);
    next.send({ type: "apply", id: 3, module: "Drums", text: edited });
    const applied = await next.next("result", (message) => message.id === 3, 30_000);
    assert.equal(applied.outcome, "applied");
    assert.equal((await next.next("module")).module.version, version + 1);
    next.close();
    await stop(again.server);
    removeFolder(folder);
  });

  it("saves a module where its symlink points, with the file's mode, flushed, leaving no temporary file; a stray one is removed", async () => {
    const folder = mkdtempSync(join(tmpdir(), "refrain-save-"));
    const target = join(folder, "Real.hs");
    const link = join(folder, "Song.hs");
    writeFileSync(target, "old");
    chmodSync(target, 0o600);
    symlinkSync(target, link);
    await saveModule(link, "new text");
    assert.ok(lstatSync(link).isSymbolicLink(), "the link stays a link");
    assert.equal(readFileSync(target, "utf8"), "new text");
    assert.equal(statSync(target).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(folder).sort(), ["Real.hs", "Song.hs"]);
    writeFileSync(join(folder, ".Real.hs.123.4.saving"), "half a mod");
    removeStraySaves([link]);
    assert.deepEqual(readdirSync(folder).sort(), ["Real.hs", "Song.hs"]);
    removeFolder(folder);
  });
});
