// What "Play selection" plays when nothing is selected: the right-hand side of the definition at
// the cursor (all its lines), else the cursor's line; a selection is played as it is.

import { test } from "node:test";
import assert from "node:assert/strict";
import { playableRange } from "../../src/ui/play-selection.ts";

const song = `module Main where
import Euterpea

v2b = addDur en [fs 5, e 5, cs 5, as 4] :+: a 4 dqn :+:
      addDur en [as 4, cs 5, fs 5, e 5, fs 5] -- bars 12-13

qn = 250 ;
pick x | x > 0 = c 4 qn
isUp a b = a <= b && a /= (b :: Int)
v2b :: Music Pitch
`;

/** What is played with the cursor just after the first occurrence of `probe`. */
function playedAt(probe: string): string {
  const at = song.indexOf(probe) + probe.length;
  const { from, to } = playableRange(song, at, at);
  return song.slice(from, to);
}

test("the cursor on a definition plays its right-hand side, all its lines", () => {
  assert.equal(playedAt("v2b = add"), "addDur en [fs 5, e 5, cs 5, as 4] :+: a 4 dqn :+:\n      addDur en [as 4, cs 5, fs 5, e 5, fs 5] -- bars 12-13");
  assert.equal(playedAt("addDur en [as"), playedAt("v2b = add"), "from a continuation line too");
  assert.equal(playedAt("qn = 2"), "250", "without the live-sequencer's `;`");
  assert.equal(playedAt("isUp a"), "a <= b && a /= (b :: Int)", "operators with `=` are not the definition's");
});

test("a line that is not a plain definition is played as it is, and a selection as selected", () => {
  assert.equal(playedAt("pick x"), "pick x | x > 0 = c 4 qn");
  assert.equal(playedAt("v2b ::"), "v2b :: Music Pitch");
  const start = song.indexOf("a 4 dqn");
  assert.deepEqual(playableRange(song, start, start + 7), { from: start, to: start + 7 });
});
