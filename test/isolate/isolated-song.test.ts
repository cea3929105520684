// The song in a worker thread against the same song in this thread: every example gives the same
// steps through the worker's pulls. A live edit and a moved slider go on in a new worker when the
// old one is replaced; a worker that stops answering is replaced by the watchdog, and the music
// stops with a message that says so. A song that does not load is refused with its report.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import type { ElementStep } from "../../src/events/index.ts";
import { IsolatedSong } from "../../src/isolate/isolated-song.ts";
import { PENDING } from "../../src/schedule/index.ts";
import { openSong, SongError } from "../../src/session/index.ts";
import { writeSong } from "../language/song-files.ts";

const root = join(import.meta.dirname, "../..");
const examples = readdirSync(join(root, "examples")).filter((file) => file.endsWith(".hs")).map((file) => join(root, "examples", file));

const opened: IsolatedSong[] = [];
after(() => Promise.all(opened.map((song) => song.close())));

async function open(file: string, options: Parameters<typeof IsolatedSong.open>[1] = {}): Promise<IsolatedSong> {
  const song = await IsolatedSong.open(file, options);
  opened.push(song);
  return song;
}

/** The next `count` steps (fewer if the song ends or fails), waiting for the worker's pulls. */
async function take(song: IsolatedSong, count: number): Promise<ElementStep[]> {
  let wake = () => {};
  song.listen(() => wake());
  const steps: ElementStep[] = [];
  while (steps.length < count) {
    const step = song.next();
    if (step === PENDING) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    steps.push(step);
    if (step.kind !== "element") break;
  }
  return steps;
}

/** What a listener sees of a step. */
function heard(step: ElementStep): unknown {
  if (step.kind !== "element") return step;
  const { time, trace, events, reduced, wait, problem } = step;
  return { time, trace, events, reduced, wait, problem };
}

for (const file of examples) {
  test(`${file.slice(root.length + 1)}: the worker plays what the song plays in this thread`, async () => {
    const here = openSong(file, { trail: true });
    const expected: unknown[] = [];
    for (let step = here.next(); expected.push(heard(step)) < 400 && step.kind === "element"; step = here.next());
    const song = await open(file, { trail: true });
    assert.deepEqual((await take(song, 400)).map(heard), expected);
  });
}

const counter = `module Main where

import Controller
import Midi

main = loop 0 ;

loop n = [Event (On (pitch + n \`mod\` 12) 64), Wait 100] ++ loop (n + 1) ;

pitch = slider "pitch" 40 80 60 ;
`;

const pitches = (steps: ElementStep[]) =>
  steps.flatMap((step) => (step.kind === "element" ? step.events : [])).map((event) => (event.message.type === "noteOn" ? event.message.pitch : -1));

test("a worker that stops answering is replaced: the music stops with why, and the new worker keeps the edit and the slider", async () => {
  const folder = writeSong({ "Main.hs": counter });
  const song = await open(join(folder, "Main.hs"), { watchdog: 300, stepBudget: 1e12 });
  assert.deepEqual(pitches(await take(song, 4)), [60, 61]);
  assert.deepEqual(await song.update("Main", counter.replace("pitch + n", "pitch + 2 * n")), []);
  song.setControl("pitch", 70);
  assert.deepEqual(pitches(await take(song, 2)), [74]);
  await assert.rejects(song.evaluate("length [1 ..]"), /stopped answering for 0\.3 s/);
  const [stopped] = await take(song, 1);
  assert.equal(stopped.kind, "error");
  assert.match(stopped.kind === "error" ? stopped.message : "", /Main\.hs: error: the song's evaluation stopped answering for 0\.3 s/);
  song.restart();
  assert.deepEqual(pitches(await take(song, 6)), [70, 72, 74], "the edit and the slider as they were");
  assert.match(song.modules()[0].text, /pitch \+ 2 \* n/);
  assert.equal(song.controls()[0].value, 70);
});

test("a refused edit is printed against its own text and changes nothing", async () => {
  const folder = writeSong({ "Main.hs": counter });
  const song = await open(join(folder, "Main.hs"));
  const [problem] = await song.update("Main", counter.replace("loop (n + 1)", "loop (n + True)"));
  assert.equal(problem.severity, "error");
  assert.match(song.format(problem), /Main\.hs:8:70: error: [^]*loop \(n \+ True\)/);
  assert.deepEqual(pitches(await take(song, 2)), [60]);
  assert.equal(song.modules()[0].text, counter);
});

test("a song that does not load is refused with its report", async () => {
  const folder = writeSong({ "Main.hs": "module Main where\nmain = [Wait (1 +)]\n" });
  await assert.rejects(IsolatedSong.open(join(folder, "Main.hs")), (failure: SongError) => /Main\.hs:2:\d+: error/.test(failure.report));
});
