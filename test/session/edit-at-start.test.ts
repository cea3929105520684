// An edit made while the term is `main` as it starts (after Restart, nothing evaluated) replaces
// the whole program: names the old music held may go, and the new `main` is what plays, even
// when it is a list and the old one an action.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openSong } from "../../src/session/index.ts";

const other = `module Main where
import Midi
import Pitch

main :: [Event (Channel Message)]
main = channel 0 (note 250 (c 4) ++ note 250 (e 4))
`;

test("after Restart, a song becomes another one; while it plays, the same edit is refused", () => {
  const session = openSong(join(import.meta.dirname, "..", "..", "examples", "children-song-6-live.hs"));
  for (let count = 0; count < 50; count++) session.next();
  const refused = session.update("Main", other);
  assert.match(refused[0]?.message ?? "", /this edit removes .*`fromBar`.*but the music playing now still uses/);
  session.restart();
  assert.deepEqual(session.update("Main", other), []);
  const traces: string[] = [];
  for (let step = session.next(); step.kind === "element"; step = session.next()) traces.push(step.trace);
  assert.deepEqual(traces, ["Event (Channel 0 (On 60 64))", "Wait 250", "Event (Channel 0 (Off 60 64))", "Event (Channel 0 (On 64 64))", "Wait 250", "Event (Channel 0 (Off 64 64))"]);
});
