// The merge view's result: each place starts with yours then theirs and is open; taking a side
// puts it there and moves the places after it; an edit by hand settles the place it touches and
// no other; the result's text is the lines joined as the module holds them.

import assert from "node:assert/strict";
import { test } from "node:test";
import { EditorState } from "@codemirror/state";
import type { MergeConflict, MergeRegion } from "../../src/collab/three-way.ts";
import { mergeResult, placesOf, resultText, takeSide, type Side } from "../../src/ui/merge-places.ts";

const first: MergeConflict = { kind: "conflict", yours: ["kick = [4, 4]"], original: ["kick = [3, 3, 2]"], theirs: ["kick = [2, 2, 2, 2]"] };
/** Right after the first, with nothing between: theirs removed the line. */
const second: MergeConflict = { kind: "conflict", yours: ["snare = rest 1"], original: ["snare = rest 2"], theirs: [] };
const regions: MergeRegion[] = [{ kind: "merged", lines: ["bar n = drums"] }, first, second, { kind: "merged", lines: ["hats = 8", ""] }];

function start(): EditorState {
  const { text, extension } = mergeResult(regions);
  return EditorState.create({ doc: text, extensions: extension });
}

function taking(state: EditorState, index: number, side: Side): EditorState {
  return state.update(takeSide(state, index, [first, second][index], side)).state;
}

const placeTexts = (state: EditorState) => placesOf(state).map((place) => [state.sliceDoc(place.from, place.to), place.state]);
/** The part of each place marked as theirs (while it holds yours, then theirs). */
const theirsParts = (state: EditorState) => placesOf(state).map((place) => place.theirsAt === undefined ? undefined : state.sliceDoc(place.theirsAt, place.to));

test("each place starts open, with yours then theirs", () => {
  const state = start();
  assert.equal(resultText(state), "bar n = drums\nkick = [4, 4]\nkick = [2, 2, 2, 2]\nsnare = rest 1\nhats = 8\n");
  assert.deepEqual(placeTexts(state), [["kick = [4, 4]\nkick = [2, 2, 2, 2]\n", "open"], ["snare = rest 1\n", "open"]]);
  assert.deepEqual(theirsParts(state), ["kick = [2, 2, 2, 2]\n", ""]);
});

test("taking a side puts it at its place, and the next place moves with it, still open", () => {
  const state = taking(start(), 0, "theirs");
  assert.deepEqual(placeTexts(state), [["kick = [2, 2, 2, 2]\n", "theirs"], ["snare = rest 1\n", "open"]]);
  assert.deepEqual(theirsParts(state), [undefined, ""], "the next place's sides move with it");
  const done = taking(taking(state, 1, "theirs"), 0, "yours");
  assert.deepEqual(placeTexts(done), [["kick = [4, 4]\n", "yours"], ["", "theirs"]]);
  assert.equal(resultText(done), "bar n = drums\nkick = [4, 4]\nhats = 8\n");
  const both = taking(taking(done, 1, "both"), 0, "both");
  assert.deepEqual(placeTexts(both), [["kick = [4, 4]\nkick = [2, 2, 2, 2]\n", "both"], ["snare = rest 1\n", "both"]], "sides taken again, where a place was empty too");
  assert.deepEqual(theirsParts(both), ["kick = [2, 2, 2, 2]\n", ""]);
});

test("an edit by hand settles the place it touches, typing at a place's start included, and no other", () => {
  const state = start();
  const inSecond = state.update({ changes: { from: placesOf(state)[1].from, insert: "-- " } }).state;
  assert.deepEqual(placeTexts(inSecond), [["kick = [4, 4]\nkick = [2, 2, 2, 2]\n", "open"], ["-- snare = rest 1\n", "edited"]]);
  const outside = inSecond.update({ changes: { from: 0, to: 3, insert: "BAR" } }).state;
  assert.deepEqual(placeTexts(outside).map(([, settled]) => settled), ["open", "edited"]);
  const inFirst = outside.update({ changes: { from: placesOf(outside)[0].from + 7, to: placesOf(outside)[0].from + 13, insert: "[8]" } }).state;
  assert.deepEqual(placeTexts(inFirst), [["kick = [8]\nkick = [2, 2, 2, 2]\n", "edited"], ["-- snare = rest 1\n", "edited"]]);
  assert.deepEqual(theirsParts(outside), ["kick = [2, 2, 2, 2]\n", undefined], "an edited place no longer tells its sides apart");
});
