// Events as a musician reads them in the studio's log: note names with 60 as C4 (as Euterpea's
// (C,4)), velocities, and channels numbered as the song numbers them.

import { test } from "node:test";
import assert from "node:assert/strict";
import { eventReading, noteName, type TimedEvent } from "../../src/events/index.ts";

const at = (port: number, channel: number, message: TimedEvent["message"]): TimedEvent => ({ time: 0, port, channel, message, spans: [] });

test("keys are named with 60 as C4 and sharps", () => {
  assert.deepEqual([0, 21, 60, 61, 73, 127].map(noteName), ["C-1", "A0", "C4", "C#4", "C#5", "G9"]);
});

test("each kind of event reads as a line; a text has none", () => {
  assert.equal(eventReading(at(0, 0, { type: "noteOn", pitch: 73, velocity: 127 })), "C#5 on · velocity 127 · channel 0");
  assert.equal(eventReading(at(1, 2, { type: "noteOff", pitch: 60, velocity: 64 })), "C4 off · channel 18");
  assert.equal(eventReading(at(0, 9, { type: "program", program: 4 })), "program 4 · channel 9");
  assert.equal(eventReading(at(0, 3, { type: "control", controller: 7, value: 100 })), "controller 7 → 100 · channel 3");
  assert.equal(eventReading(at(0, 0, { type: "say", text: "hello" })), undefined);
});
