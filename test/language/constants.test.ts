// Top-level constants are shared within a program version (call-by-need), as in Haskell, and
// live semantics stay: an edit gives a fresh value at the next unfolding, a loop tied under an
// old version starts over from the new program, a constant reading a slider follows it, and
// call-by-name keeps the paper's no-sharing semantics.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSongText, traceLines } from "./song-files.ts";

const fibsSong = (index: number) => `module Main where
import Midi

fibs :: [Integer]
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

main :: [Event Message]
main = [Wait (fibs !! ${index} \`mod\` 1000)]
`;

test("a top-level knot-tied list is computed once: fibs !! 200 takes a number of reductions linear in 200", () => {
  const session = openSongText({ "Main.hs": fibsSong(200) });
  assert.deepEqual(traceLines(session, 1), ["0\tWait 525"]); // fib 200 = 280571172992510140037611932413038677189525
  assert.ok(session.statistics.steps < 20_000, `${session.statistics.steps} reductions`);
});

test("call-by-name unfolds a top-level constant at every use, as the paper's interpreter does", () => {
  const steps = (index: number) => {
    const session = openSongText({ "Main.hs": fibsSong(index) }, { strategy: "name" });
    traceLines(session, 1);
    return session.statistics.steps;
  };
  // Without sharing, the work grows like the Fibonacci numbers themselves.
  assert.ok(steps(16) > 1.5 * steps(15), `${steps(15)} then ${steps(16)} reductions`);
});

const loop = (pitch: number) => `module Main where
import Midi

main :: [Event Message]
main = melody ++ main

melody :: [Event Message]
melody = [Event (On ${pitch} 64), Wait 10]
`;

test("a loop that has closed on itself starts over from the edited program at its next lap", () => {
  const session = openSongText({ "Main.hs": loop(60) });
  // Three laps: the loop is tied (main is shared) and plays from its own cells.
  assert.deepEqual(traceLines(session, 6).filter((line) => line.includes("On")), ["0\tEvent (On 60 64)", "10\tEvent (On 60 64)", "20\tEvent (On 60 64)"]);
  assert.deepEqual(session.update("Main", loop(72)), []);
  assert.deepEqual(traceLines(session, 4).filter((line) => line.includes("On")), ["30\tEvent (On 72 64)", "40\tEvent (On 72 64)"]);
});

test("an edited constant is recomputed where it is next unfolded", () => {
  const song = (length: number) => `module Main where
import Midi

main :: [Event Message]
main = concatMap play [60 ..]

play :: Integer -> [Event Message]
play pitch = [Event (On pitch 64), Wait len]

len :: Integer
len = ${length}
`;
  const session = openSongText({ "Main.hs": song(10) });
  assert.deepEqual(traceLines(session, 4), ["0\tEvent (On 60 64)", "0\tWait 10", "10\tEvent (On 61 64)", "10\tWait 10"]);
  session.update("Main", song(25));
  assert.deepEqual(traceLines(session, 4), ["20\tEvent (On 62 64)", "20\tWait 25", "45\tEvent (On 63 64)", "45\tWait 25"]);
});

test("a constant that reads a slider follows the slider, as does a loop that uses it", () => {
  const session = openSongText({ "Main.hs": `module Main where
import Controller
import Midi

main :: [Event Message]
main = [Event (On pitch 64), Wait 10] ++ main

pitch :: Integer
pitch = slider "pitch" 40 80 60
` });
  assert.deepEqual(traceLines(session, 2), ["0\tEvent (On 60 64)", "0\tWait 10"]);
  session.setControl("pitch", 70);
  assert.deepEqual(traceLines(session, 4), ["10\tEvent (On 70 64)", "10\tWait 10", "20\tEvent (On 70 64)", "20\tWait 10"]);
  session.setControl("pitch", 50);
  assert.deepEqual(traceLines(session, 1), ["30\tEvent (On 50 64)"]);
});
