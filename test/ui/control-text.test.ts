// A widget's value written back into the song's text: the default of the named slider or check
// box, negative numbers in parentheses, names with quotes or brackets, and nothing for an unknown name.

import assert from "node:assert/strict";
import { test } from "node:test";
import { withControlDefault } from "../../src/ui/control-text.ts";

const song = `beat = slider "beat (ms)" 100 400 220
shift = slider "transpose" (-12) 12 0
bass = checkBox "bass" True
`;

test("a slider's default becomes the value, a negative one in parentheses", () => {
  assert.equal(withControlDefault(song, "slider", "beat (ms)", 260), song.replace("400 220", "400 260"));
  assert.equal(withControlDefault(song, "slider", "transpose", -5), song.replace("12 0", "12 (-5)"));
  assert.equal(withControlDefault(song.replace("12 0", "12 (-5)"), "slider", "transpose", 3), song.replace("12 0", "12 3"));
});

test("a call in a comment is not the one written to", () => {
  const commented = `-- e.g. slider "beat (ms)" 100 400 150\n${song}`;
  assert.equal(withControlDefault(commented, "slider", "beat (ms)", 260), commented.replace("400 220", "400 260"));
});

test("a check box's default becomes True or False", () => {
  assert.equal(withControlDefault(song, "checkBox", "bass", 0), song.replace("True", "False"));
});

test("a name the text does not call leaves nothing to write", () => {
  assert.equal(withControlDefault(song, "slider", "tempo", 3), undefined);
  assert.equal(withControlDefault(song, "checkBox", "beat (ms)", 1), undefined);
  assert.equal(withControlDefault(`x = slider "say \\"hi\\"" 0 9 1\n`, "slider", 'say "hi"', 4), `x = slider "say \\"hi\\"" 0 9 4\n`);
});
