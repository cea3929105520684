// Literate Haskell: a song and its modules as `.lhs` files, in bird style (`>` lines) and LaTeX
// style (`\begin{code}`), play what the same code plays as `.hs`; a message points at the line and
// column of the literate file as written.

import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openSong, SongError } from "../../src/session/index.ts";
import { traceLines, writeSong } from "./song-files.ts";

const melody = `module Melody (melody) where

import Midi

melody :: [Event Message]
melody = concatMap note [60, 64, 67]

note :: Integer -> [Event Message]
note p = [Event (On p 64), Wait 250, Event (Off p 64)]
`;

const song = `module Main where

import Melody

main = melody ++ main
`;

const bird = (code: string, prose: string) => `${prose}\n\n${code.trimEnd().split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n")}\n\nThe end.\n`;
const latex = (code: string, prose: string) => `\\documentclass{article}\n${prose}\n\\begin{code}\n${code}\\end{code}\nMore prose, with a > sign.\n`;

test("a bird-style song importing a LaTeX-style module plays what the plain files play", () => {
  const plain = writeSong({ "Main.hs": song, "Melody.hs": melody });
  const literate = writeSong({ "Main.lhs": bird(song, "The paper's loop, literate."), "Melody.lhs": latex(melody, "A melody of three notes.") });
  const expected = traceLines(openSong(join(plain, "Main.hs")), 20);
  assert.equal(expected.length, 20);
  assert.deepEqual(traceLines(openSong(join(literate, "Main.lhs")), 20), expected);
});

test("an error in a literate module is placed in the file as written", () => {
  const folder = writeSong({ "Main.lhs": bird(song.replace("melody ++ main", "melody ++ True"), "Prose first.\nAnd a second line."), "Melody.hs": melody });
  assert.throws(() => openSong(join(folder, "Main.lhs")), (failure: SongError) => {
    assert.match(failure.report, /Main\.lhs:8:20: error: [^]*\n8 \| > main = melody \+\+ True/);
    return true;
  });
});
