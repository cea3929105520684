// When an applied edit is heard, from what the running term holds: on the book's score (a finite
// `main = play childSong6`) a part not yet played is heard when the music gets there and the
// tempo, already performed, after Restart; on a loop a definition re-read at each lap is heard
// from the next one; a new name `main` does not use is not heard.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openSong } from "../../src/session/index.ts";
import { openSongText } from "../language/song-files.ts";

const examples = join(import.meta.dirname, "..", "..", "examples");

test("on a score, a part still to come is heard when the music gets there; what was performed, after Restart", () => {
  const session = openSong(join(examples, "children-song-6.hs"));
  for (let index = 0; index < 30; index++) session.next();
  const text = () => session.modules()[0].text;
  assert.deepEqual(session.update("Main", text().replace("v2f = line [fs 5 en", "v2f = line [fs 5 qn")), []);
  assert.deepEqual(session.hearing(), { reached: ["v2f"], nextLap: [], played: [], unused: [] });
  assert.deepEqual(session.update("Main", text().replace("(69 / 120)", "(80 / 120)")), []);
  assert.deepEqual(session.hearing(), { reached: [], nextLap: [], played: ["childSong6"], unused: [] });
  assert.deepEqual(session.update("Main", `${text()}\nsketch = c 4 qn\n`), []);
  assert.deepEqual(session.hearing(), { reached: [], nextLap: [], played: [], unused: ["sketch"] });
});

test("on a loop, a definition the running lap no longer holds is heard from the next lap", () => {
  const song = (pitch: number) => `module Main where
import Midi

main = tune ++ main

tune = [Event (On ${pitch} 64), Wait 10, Event (Off ${pitch} 64)]
`;
  const session = openSongText({ "Main.hs": song(60) });
  session.next();
  assert.deepEqual(session.update("Main", song(62)), []);
  assert.deepEqual(session.hearing(), { reached: [], nextLap: [{ name: "tune", loop: "main" }], played: [], unused: [] });
});
