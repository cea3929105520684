// `refrain play` end to end with `--record` (no MIDI system needed): valid lines at the song's
// times, live edits with --watch, all-notes-off on Ctrl-C, and one clear line without MIDI.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseRecord, type RecordLine } from "../../src/sinks/record.ts";

const folder = mkdtempSync(join(tmpdir(), "refrain-play-"));
const command = [process.execPath, "--import", "./bin/typescript.js", "src/cli/main.ts"] as const;

function refrain(...args: string[]) {
  return spawnSync(command[0], [...command.slice(1), ...args], { encoding: "utf8" });
}

function records(path: string): RecordLine[] {
  return readFileSync(path, "utf8").trimEnd().split("\n").map(parseRecord);
}

test("play --record writes one valid line per message, due at the song's times", () => {
  const path = join(folder, "loop.jsonl");
  const result = refrain("play", "examples/paper-loop.hs", "--record", path, "--seconds", "2", "--latency", "50");
  assert.equal(result.status, 0, result.stderr);
  const lines = records(path);
  const noteOns = lines.filter((line) => line.bytes[0] === 0x90);
  const start = noteOns[0].due;
  assert.deepEqual(noteOns.map((line) => Math.round((line.due - start) * 1000) / 1000), [0, 250, 500, 750, 1000, 1250, 1500, 1750]);
  assert.deepEqual(noteOns.map((line) => line.bytes[1]), [60, 62, 64, 60, 60, 62, 64, 60]);
  // never early; how late is the lateness benchmark's business (a busy machine delays any thread)
  for (const line of lines) assert.ok(line.sent >= line.due && line.sent - line.due < 500, `sent ${line.sent - line.due} ms late`);
  assert.deepEqual(lines.at(-1)!.bytes, [0xb0, 123, 0]);
  assert.equal(Math.round(lines.at(-1)!.due - start), 2000);
});

/** Waits until `condition` holds, checking every 50 ms, for at most 10 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("play --watch applies a saved edit, keeps playing on a broken one, and silences on Ctrl-C", async () => {
  const song = join(folder, "paper-loop.hs");
  copyFileSync("examples/paper-loop.hs", song);
  const path = join(folder, "watch.jsonl");
  const child = spawn(command[0], [...command.slice(1), "play", song, "--record", path, "--watch"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (data) => (stderr += data));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const played = (status: number, pitch: number) => () => existsSync(path) && readFileSync(path, "utf8").includes(`"bytes": [${status}, ${pitch},`);
  await until(played(0x90, 64), "the first lap");
  copyFileSync("examples/paper-loop-step4.hs", song);
  await until(played(0x90, 72), "the edited melody, an octave up");
  writeFileSync(song, readFileSync(song, "utf8") + "\nmain = ;\n");
  await until(() => stderr.includes("not applied"), "the broken edit's error");
  child.kill("SIGINT");
  assert.equal(await exited, 130, stderr);
  assert.match(stderr, /refrain: applied .*paper-loop\.hs\n/);
  assert.match(stderr, /paper-loop\.hs:\d+:\d+: error: .*\n(.*\n)*refrain: .*paper-loop\.hs not applied; the old program keeps playing\n/);
  const lines = records(path);
  assert.ok(lines.some((line) => line.bytes[0] === 0x91), "the edited song's bass on channel 1 was played");
  assert.deepEqual(lines.slice(-2).map((line) => line.bytes), [[0xb0, 123, 0], [0xb1, 123, 0]]);
});

const noMidiSystem = process.platform === "linux" && !existsSync("/dev/snd/seq");

test("without a MIDI system, play and ports say so in one line", { skip: noMidiSystem ? false : "this machine has a MIDI system" }, () => {
  const line = "refrain: no MIDI system available (ALSA sequencer /dev/snd/seq not found); use --record or --osc\n";
  for (const args of [["play", "examples/paper-loop.hs"], ["play", "examples/paper-loop.hs", "--midi", "1"], ["ports"]]) {
    const result = refrain(...args);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, line);
  }
});

test("play's mistakes are one line each", () => {
  assert.equal(refrain("play", "examples/paper-loop.hs", "--latency", "5").stderr, "refrain play: --latency needs a number from 10 to 1000, not 5\n");
  assert.equal(refrain("play", "examples/paper-loop.hs", "--osc", "nowhere").stderr, "refrain play: --osc needs HOST:PORT, not nowhere\n");
  assert.equal(refrain("play", "examples/paper-loop.hs", "--midi", "0", "--virtual", "x").stderr, "refrain play: give --midi PORT or --virtual NAME, not both\n");
  assert.equal(
    refrain("play", "examples/paper-loop.hs", "--record", join(folder, "no", "record.jsonl")).stderr,
    `refrain: cannot write the record: ENOENT: no such file or directory, open '${join(folder, "no", "record.jsonl")}'\n`,
  );
});
