// Euterpea's `perform`, case by case: each operation and phrase attribute against the value
// worked out by hand from Euterpea's rules (a whole note lasts 2 s; volume 127; at equal times
// the right operand of :=: first; volumes rounded half to even), printed as GHC prints it (times
// and durations are Rationals: a whole one shows as `1 % 1`).

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSongText } from "../language/song-files.ts";

const session = openSongText({
  "Cases.hs": `module Cases where
import Euterpea
notes m = map (\\e -> (eTime e, ePitch e, eDur e, eVol e)) (perform m)
phraseOf attributes = notes (phrase attributes (line1 [c 4 qn, d 4 qn]))
`,
}, { requireMain: false });

const cases: [string, string, string][] = [
  ["sequence", "notes (c 4 qn :+: d 4 qn)", "[(0 % 1,60,1 % 2,127),(1 % 2,62,1 % 2,127)]"],
  ["parallel: the right operand first at equal times", "notes (c 4 qn :=: e 4 hn)", "[(0 % 1,64,1 % 1,127),(0 % 1,60,1 % 2,127)]"],
  ["rest", "notes (rest qn :+: c 4 qn)", "[(1 % 2,60,1 % 2,127)]"],
  ["tempo", "notes (tempo 2 (c 4 qn :+: d 4 qn))", "[(0 % 1,60,1 % 4,127),(1 % 4,62,1 % 4,127)]"],
  ["transpose", "notes (transpose 12 (c 4 qn))", "[(0 % 1,72,1 % 2,127)]"],
  ["instrument: the innermost wins", "map eInst (perform (instrument Flute (instrument Violin (c 4 qn))))", "[Violin]"],
  ["line has a trailing rest 0", "notes (line [c 4 qn, d 4 qn])", "[(0 % 1,60,1 % 2,127),(1 % 2,62,1 % 2,127)]"],
  ["times", "notes (times 2 (c 4 qn))", "[(0 % 1,60,1 % 2,127),(1 % 2,60,1 % 2,127)]"],
  ["offset", "notes (offset qn (c 4 qn))", "[(1 % 2,60,1 % 2,127)]"],
  ["cut", "notes (cut hn (line1 [c 4 qn, d 4 qn, e 4 qn]))", "[(0 % 1,60,1 % 2,127),(1 % 2,62,1 % 2,127)]"],
  ["remove turns a note removed entirely into rest 0 (Euterpea 2.0.8's Music.lhs)", "notes (remove qn (line1 [c 4 qn, d 4 qn, e 4 qn]))", "[(0 % 1,62,1 % 2,127),(1 % 2,64,1 % 2,127)]"],
  ["truncating parallel", "notes (c 4 wn /=: d 4 qn)", "[(0 % 1,62,1 % 2,127),(0 % 1,60,1 % 2,127)]"],
  ["retro", "notes (retro (line1 [c 4 qn, d 4 hn]))", "[(0 % 1,62,1 % 1,127),(1 % 1,60,1 % 2,127)]"],
  ["invert about the first note", "notes (invert (line1 [c 4 qn, e 4 qn]))", "[(0 % 1,60,1 % 2,127),(1 % 2,56,1 % 2,127)]"],
  ["scaleDurations divides durations, like tempo", "notes (scaleDurations 2 (c 4 qn))", "[(0 % 1,60,1 % 4,127)]"],
  ["shiftPitches", "notes (shiftPitches 2 (c 4 qn))", "[(0 % 1,62,1 % 2,127)]"],
  ["dur under tempo", "dur (tempo 2 (c 4 wn))", "1 % 2"],
  ["keysig changes nothing", "notes (keysig C Major (c 4 qn))", "[(0 % 1,60,1 % 2,127)]"],
  ["percussion", "map (\\e -> (eInst e, ePitch e)) (perform (perc AcousticBassDrum qn))", "[(Percussion,35)]"],
  ["addVolume", "notes (addVolume 100 (c 4 qn))", "[(0 % 1,60,1 % 2,100)]"],
  ["StdLoudness", "phraseOf [Dyn (StdLoudness P)]", "[(0 % 1,60,1 % 2,60),(1 % 2,62,1 % 2,60)]"],
  ["Loudness", "phraseOf [Dyn (Loudness 80)]", "[(0 % 1,60,1 % 2,80),(1 % 2,62,1 % 2,80)]"],
  ["Accent, rounded half to even", "phraseOf [Dyn (Accent (3 / 2))]", "[(0 % 1,60,1 % 2,190),(1 % 2,62,1 % 2,190)]"],
  ["Crescendo", "phraseOf [Dyn (Crescendo 1)]", "[(0 % 1,60,1 % 2,127),(1 % 2,62,1 % 2,190)]"],
  ["Diminuendo", "phraseOf [Dyn (Diminuendo 1)]", "[(0 % 1,60,1 % 2,127),(1 % 2,62,1 % 2,64)]"],
  ["Ritardando", "phraseOf [Tmp (Ritardando 1)]", "[(0 % 1,60,3 % 4,127),(3 % 4,62,5 % 4,127)]"],
  ["Accelerando", "phraseOf [Tmp (Accelerando (1 / 2))]", "[(0 % 1,60,3 % 8,127),(3 % 8,62,1 % 8,127)]"],
  ["Staccato", "phraseOf [Art (Staccato (1 / 2))]", "[(0 % 1,60,1 % 4,127),(1 % 2,62,1 % 4,127)]"],
  ["Legato", "phraseOf [Art (Legato (3 / 2))]", "[(0 % 1,60,3 % 4,127),(1 % 2,62,3 % 4,127)]"],
  ["Slurred: all but the notes starting last", "notes (phrase [Art (Slurred 2)] (line1 [c 4 qn, d 4 qn, e 4 qn]))", "[(0 % 1,60,1 % 1,127),(1 % 2,62,1 % 1,127),(1 % 1,64,1 % 2,127)]"],
];

for (const [name, expression, expected] of cases) {
  test(`perform: ${name}`, () => {
    const result = session.evaluate(expression);
    assert.ok("value" in result, `${expression}: ${JSON.stringify(result)}`);
    assert.equal(result.value, expected, expression);
  });
}
