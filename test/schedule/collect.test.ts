// Whole songs for files: collecting a finite song (heard step by step on the way), cutting an
// endless one, refusing one that does not end, the rate window's exact limit and the note tracker's silence.

import assert from "node:assert/strict";
import { test } from "node:test";
import type { TimedEvent } from "../../src/events/index.ts";
import { collect, cutAt, NoteTracker, RateWindow } from "../../src/schedule/index.ts";
import { element, event, FunctionSource, listSource, melody, note } from "../support/songs.ts";

test("a finite song is collected with its length", () => {
  const collected = collect(listSource(melody([60, 62], 250)));
  assert.equal(collected.kind, "song");
  if (collected.kind !== "song") return;
  assert.equal(collected.end, 500);
  assert.deepEqual(collected.events.map((event) => [event.time, event.message.type]), [[0, "noteOn"], [250, "noteOff"], [250, "noteOn"], [500, "noteOff"]]);
});

test("an endless song is refused without a length, and cut with one", () => {
  const endless = new FunctionSource((index) => note(Math.floor(index / 3) * 100, 60, 100)[index % 3]);
  const refused = collect(endless, { songTimeCap: 60_000 });
  assert.equal(refused.kind, "endless");
  endless.restart();
  const cut = collect(cutAt(endless, 1050));
  assert.equal(cut.kind, "song");
  if (cut.kind !== "song") return;
  assert.equal(cut.end, 1050);
  const last = cut.events.at(-1)!;
  assert.deepEqual([last.time, last.message], [1050, { type: "noteOff", pitch: 60, velocity: 0 }]);
  assert.equal(cut.events.filter((event) => event.message.type === "noteOn").length, 11);
});

test("the events are heard as they are collected, the notes left sounding at the end last", () => {
  const endless = new FunctionSource((index) => note(Math.floor(index / 3) * 100, 60, 100)[index % 3]);
  const heard: TimedEvent[][] = [];
  const cut = collect(cutAt(endless, 1050), { heard: (events) => heard.push([...events]) });
  assert.equal(cut.kind, "song");
  if (cut.kind !== "song") return;
  assert.deepEqual(heard.flat(), cut.events);
  assert.deepEqual(heard.at(-1)!.map((event) => [event.time, event.message.type]), [[1050, "noteOff"]]);
});

test("a song of empty elements at one instant is refused as a flood", () => {
  const collected = collect(new FunctionSource(() => element(0)));
  assert.equal(collected.kind, "error");
});

test("the cut keeps an earlier end and restarts with its source", () => {
  const source = listSource(melody([60], 100));
  const cut = cutAt(source, 5000);
  assert.equal(collect(cut).kind, "song");
  cut.restart();
  const again = collect(cut);
  assert.equal(again.kind === "song" && again.end, 100);
});

test("the rate window allows exactly the limit within one second", () => {
  const window = new RateWindow(3);
  assert.deepEqual([0, 0, 0, 1000, 1000, 1000].map((time) => window.add(time)), [false, false, false, false, false, false]);
  assert.equal(window.add(1999), true);
});

test("silence ends the notes sounding once taken-back events are undone, then All Notes Off per channel", () => {
  const tracker = new NoteTracker();
  const handed = [
    event(0, { type: "noteOn", pitch: 60, velocity: 64 }, 3),
    event(0, { type: "noteOn", pitch: 64, velocity: 64 }, 3, 1),
    event(10, { type: "noteOff", pitch: 64, velocity: 64 }, 3, 1),
    event(10, { type: "noteOn", pitch: 67, velocity: 64 }, 3, 1),
  ];
  handed.forEach((item) => tracker.note(item));
  tracker.undo(handed.slice(2));
  const silence = tracker.silence(5).map((e) => `${e.port}:${e.channel} ${JSON.stringify(e.message)}`);
  assert.deepEqual(silence, [
    '0:3 {"type":"noteOff","pitch":60,"velocity":0}',
    '1:3 {"type":"noteOff","pitch":64,"velocity":0}',
    '0:3 {"type":"control","controller":123,"value":0}',
    '1:3 {"type":"control","controller":123,"value":0}',
  ]);
});
