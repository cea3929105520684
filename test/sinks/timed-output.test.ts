// The timing worker: messages leave at their due time (never early) and are logged as valid
// `--record` lines; a cancel takes back what is not yet due; no MIDI system gives one clear line.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { findPort, MidiUnavailable, outputPorts } from "../../src/sinks/midi-system.ts";
import { parseRecord } from "../../src/sinks/record.ts";
import { TimedOutput } from "../../src/sinks/timed-output.ts";
import { monotonicClock } from "../../src/sinks/timing-queue.ts";
import { event } from "../support/songs.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("messages leave at their due time and are recorded as valid JSON lines", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "refrain-record-")), "record.jsonl");
  const origin = monotonicClock.now();
  const output = await TimedOutput.start({ origin, record: path, onError: assert.fail });
  const start = monotonicClock.now() + 50;
  for (let index = 0; index < 40; index++) {
    output.deliver({ due: start + index * 5, event: event(index * 5, { type: "noteOn", pitch: 60, velocity: index + 1 }, index % 16) });
  }
  output.deliver({ due: start, event: { time: 0, port: 0, channel: 0, message: { type: "say", text: "not MIDI" }, spans: [] } });
  await sleep(start + 100 - monotonicClock.now()); // about 20 have left
  const cancelled = monotonicClock.now();
  output.cancel(cancelled);
  output.deliver({ due: monotonicClock.now() + 5, event: event(0, { type: "control", controller: 123, value: 0 }) });
  await output.close();
  const lines = readFileSync(path, "utf8").trimEnd().split("\n").map(parseRecord);
  const notes = lines.filter((line) => line.bytes[0] !== 0xb0);
  // those due by the cancel leave (one more may have left just as the cancel was being made)
  const dueBefore = Math.min(40, Math.floor((cancelled - start) / 5) + 1);
  assert.ok(notes.length === dueBefore || notes.length === dueBefore + 1, `${notes.length} notes sent, ${dueBefore} due before the cancel`);
  notes.forEach((line, index) => {
    assert.deepEqual(line.bytes, [0x90 | index % 16, 60, index + 1]);
    assert.ok(Math.abs(line.due - (start - origin) - index * 5) <= 0.001, `due ${line.due}`);
  });
  // never early; how late is the lateness benchmark's business (a busy machine delays any thread)
  for (const line of lines) assert.ok(line.sent >= line.due && line.sent - line.due < 500, `sent ${line.sent - line.due} ms late`);
  assert.deepEqual(lines.at(-1)!.bytes, [0xb0, 123, 0]);
});

const noMidiSystem = process.platform === "linux" && !existsSync("/dev/snd/seq");

test("without a MIDI system, asking for a port gives one clear line", { skip: noMidiSystem ? false : "this machine has a MIDI system" }, async () => {
  const expected = "no MIDI system available (ALSA sequencer /dev/snd/seq not found); use --record or --osc";
  await assert.rejects(outputPorts(), (error) => error instanceof MidiUnavailable && error.message === expected);
  await assert.rejects(findPort("1"), (error) => error instanceof MidiUnavailable && error.message === expected);
  await assert.rejects(
    TimedOutput.start({ origin: 0, midi: { port: 0 }, onError: assert.fail }),
    (error) => error instanceof Error && error.message === expected,
  );
});
