// Elements of `main` as the scheduler receives them: each kind of element and message, with and
// without a channel, at the edges of the MIDI ranges (notes in range take a shorter path than
// everything else, so both sides of each edge are here), and the problems that skip an element.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSongText } from "../language/song-files.ts";

/**
 * The steps of a song whose `main` is the given list, as plain data. The song defers its type
 * errors (lists mixing kinds of elements, fractional Waits): the run time must cope on its own.
 */
function readElements(elements: string): unknown[] {
  const session = openSongText({ "Main.hs": `{-# OPTIONS_GHC -fdefer-type-errors #-}\nmodule Main where\nimport Midi\nmain = [${elements}]\n` });
  const steps = [];
  for (let step = session.next(); step.kind === "element"; step = session.next()) {
    steps.push({
      time: step.time,
      wait: step.wait,
      events: step.events.map(({ time, port, channel, message }) => ({ time, port, channel, ...message })),
      ...(step.problem === undefined ? {} : { problem: step.problem }),
    });
  }
  return steps;
}

test("notes, with and without a channel, at the edges of their ranges", () => {
  assert.deepEqual(readElements("Event (On 0 1), Event (Off 127 0), Event (Channel 17 (On 127 127)), Event (Channel 15 (Off 60 64))"), [
    { time: 0, wait: 0, events: [{ time: 0, port: 0, channel: 0, type: "noteOn", pitch: 0, velocity: 1 }] },
    { time: 0, wait: 0, events: [{ time: 0, port: 0, channel: 0, type: "noteOff", pitch: 127, velocity: 0 }] },
    { time: 0, wait: 0, events: [{ time: 0, port: 1, channel: 1, type: "noteOn", pitch: 127, velocity: 127 }] },
    { time: 0, wait: 0, events: [{ time: 0, port: 0, channel: 15, type: "noteOff", pitch: 60, velocity: 64 }] },
  ]);
});

test("notes out of range are skipped with the reason", () => {
  const problems = (readElements(
    "Event (On 128 64), Event (On 60 0), Event (Off (-1) 64), Event (On 60 128), Event (Channel (-1) (On 60 64)), Event (On 60.5 64)",
  ) as { problem?: string; events: unknown[] }[]).map((step) => [step.events.length, step.problem]);
  assert.deepEqual(problems, [
    [0, "pitch 128 is outside 0–127; note skipped"],
    [0, "velocity 0 is outside 1–127; note skipped"],
    [0, "pitch -1 is outside 0–127; note-off skipped"],
    [0, "velocity 128 is outside 1–127; note skipped"],
    [0, "a channel must be a whole number ≥ 0"],
    [0, "pitch 121 % 2 is outside 0–127; note skipped"],
  ]);
});

test("Waits move time, exactly; other messages and Say become events; non-elements are skipped", () => {
  assert.deepEqual(readElements("Wait 100, Wait (1 % 3), Wait (2 % 3), Event (PgmChange 5), Event (Controller 7 100), Say \"hi\", Wait 0, Event 3, Wait (-1)"), [
    { time: 0, wait: 100, events: [] },
    { time: 100, wait: 1 / 3, events: [] },
    { time: 100 + 1 / 3, wait: 2 / 3, events: [] },
    { time: 101, wait: 0, events: [{ time: 101, port: 0, channel: 0, type: "program", program: 5 }] },
    { time: 101, wait: 0, events: [{ time: 101, port: 0, channel: 0, type: "control", controller: 7, value: 100 }] },
    { time: 101, wait: 0, events: [{ time: 101, port: 0, channel: 0, type: "say", text: "hi" }] },
    { time: 101, wait: 0, events: [] },
    { time: 101, wait: 0, events: [], problem: "an event must carry a MIDI message" },
    { time: 101, wait: 0, events: [], problem: "negative Wait -1 skipped" },
  ]);
});
