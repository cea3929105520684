// The compiled path (code generated from the core terms) against the reduction machine: every
// example song and benchmark song gives the same elements, highlights, step and rule counts
// both ways, and runs without handing back to the machine. Errors are handed back and
// reported by the machine, at the same positions as without the compiled path.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSong, type Session } from "../../src/session/index.ts";
import { handBacks } from "../../src/reduce/index.ts";

const root = join(import.meta.dirname, "../..");
const songs = [
  ...readdirSync(join(root, "examples")).filter((file) => file.endsWith(".hs")).map((file) => join(root, "examples", file)),
  join(root, "examples/band/Main.hs"),
  ...readdirSync(join(root, "bench/songs")).map((file) => join(root, "bench/songs", file)),
];

/** What a listener and the studio see of each step. */
function play(session: Session, count: number): unknown[] {
  const steps: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const step = session.next();
    if (step.kind !== "element") {
      steps.push(step);
      break;
    }
    const { time, trace, events, reduced, wait, problem } = step;
    steps.push({ time, trace, events, reduced, wait, problem });
  }
  return steps;
}

for (const song of songs) {
  test(`${song.slice(root.length + 1)}: a term renewed at every element plays what the machine plays`, () => {
    const renewed = openSong(song, { trail: true, renewalInterval: 1, oldGeneration: undefined });
    const machine = openSong(song, { trail: true, compiled: false });
    assert.deepEqual(play(renewed, 300), play(machine, 300));
  });

  test(`${song.slice(root.length + 1)}: the compiled path plays what the machine plays`, () => {
    const compiled = openSong(song, { trail: true });
    const machine = openSong(song, { trail: true, compiled: false });
    const before = { ...handBacks };
    const fast = play(compiled, 400), slow = play(machine, 400);
    assert.deepEqual(fast, slow);
    assert.deepEqual(compiled.statistics, machine.statistics);
    assert.deepEqual(handBacks, before, "the compiled path handed back to the machine");
  });
}

const folder = mkdtempSync(join(tmpdir(), "refrain-compiled-"));

function session(text: string, options = {}): Session {
  const file = join(folder, "song.hs");
  writeFileSync(file, text);
  return openSong(file, options);
}

test("a runtime error is handed back and reported by the machine at its position", () => {
  const text = "module Main where\nimport Midi\nmain = [Wait 10, Wait (f 3)]\nf 1 = 2\n";
  const step = (compiled: boolean) => { const s = session(text, { compiled }); s.next(); return s.next(); };
  const fast = step(true), slow = step(false);
  assert.equal(fast.kind, "error");
  assert.deepEqual(fast, slow);
  assert.match(fast.kind === "error" ? fast.message : "", /song\.hs:4:1: error: no equation of `f` matches for the argument 3/);
});

test("a local value that depends on itself is reported as Haskell reports it, after the elements before it", () => {
  const text = "module Main where\nimport Midi\nmain = let n = n + 1 in [Wait 10, Wait n]\n";
  for (const compiled of [true, false]) {
    const song = session(text, { compiled });
    assert.equal(song.next().kind, "element");
    const step = song.next();
    assert.match(step.kind === "error" ? step.message : step.kind, /infinite loop: a value depends on itself \(<<loop>>\)/);
  }
});

test("recursion deeper than the JavaScript stack is finished by the machine", () => {
  const before = handBacks.stack;
  const text = "module Main where\nimport Midi\nmain = [Wait (count 200000)]\ncount 0 = 0\ncount n = 1 + count (n - 1)\n";
  const step = session(text).next();
  assert.equal(step.kind === "element" ? step.trace : step, "Wait 200000");
  assert.equal(handBacks.stack, before + 1);
});

test("the step budget stops a runaway element naming the rule, as on the machine", () => {
  const text = "module Main where\nimport Midi\nmain = [Wait (spin 0)]\nspin n = spin (n + 1)\n";
  const fast = session(text, { stepBudget: 5000 }).next(), slow = session(text, { stepBudget: 5000, compiled: false }).next();
  assert.equal(fast.kind, "error");
  assert.deepEqual(fast, slow);
  assert.match(fast.kind === "error" ? fast.message : "", /step budget exceeded while unfolding `spin`/);
});

test("a live edit during a lap is heard the same with a renewed term and on the machine", () => {
  const song = join(root, "examples/paper-loop.hs");
  const edit = readFileSync(join(root, "examples/paper-loop-step2.hs"), "utf8");
  const playEdited = (options: object) => {
    const session = openSong(song, { trail: true, ...options });
    const before = play(session, 7);
    assert.deepEqual(session.update("Main", edit), []);
    return [...before, ...play(session, 80)];
  };
  assert.deepEqual(playEdited({ renewalInterval: 1, oldGeneration: undefined }), playEdited({ compiled: false }));
});

test("a function whose arity changes by an edit is called as the machine calls it: partly, fully, or with more", () => {
  const song = (shape: string) => "module Main where\nimport Midi\nmain = Wait (fromIntegral (length (use (beat 3)))) : main\n" + shape + "\n";
  const shapes = [
    "beat n = replicate n 1\nuse xs = xs",
    "beat n m = replicate n m\nuse f = f 7",
    "beat = \\n -> replicate n 2\nuse xs = xs",
    "beat n = \\m -> replicate m n\nuse f = f 5",
  ];
  const playEdited = (compiled: boolean) => {
    const file = join(folder, "arity.hs");
    writeFileSync(file, song(shapes[0]));
    const session = openSong(file, { trail: true, compiled });
    const heard: unknown[] = [...play(session, 2)];
    for (const shape of shapes.slice(1)) {
      assert.deepEqual(session.update("Main", song(shape)), []);
      heard.push(...play(session, 2));
    }
    return { heard, statistics: session.statistics };
  };
  const fast = playEdited(true), slow = playEdited(false);
  assert.deepEqual(fast, slow);
  const traces = fast.heard.map((step) => (step as { trace?: string }).trace ?? step);
  assert.deepEqual(traces, ["Wait 3", "Wait 3", "Wait 3", "Wait 3", "Wait 3", "Wait 3", "Wait 5", "Wait 5"]);
});
