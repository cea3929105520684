-- Children's Songs No. 6 by Chick Corea, in the shape of the Elm transcription ("Making music
-- with Elm"): the same notes as the book's version (children-song-6.hs), each voice one value
-- with its parts in `let`, and without the tempo and instrument modifiers: at the default
-- 120 quarter beats a minute on the grand piano it lasts 42 seconds.
--
-- While it plays, try: change a note of `v2` during the first bars (it sounds when the melody
-- gets there); loop it with `main = play loop` and `loop = childSong6 :+: loop`, then wrap
-- `childSong6` in `tempo (69/40)` for the book's speed or give a voice an instrument,
-- e.g. `instrument Vibraphone bassLine`, and hear it from the next lap on.
module Main where

import Euterpea

addDur :: Dur -> [Dur -> Music a] -> Music a
addDur dur ns = line (map (\n -> n dur) ns)

graceNote :: Int -> Music Pitch -> Music Pitch
graceNote n m = case m of
  Prim (Note dur p) -> note (dur / 8) (trans n p) :+: note (7 * dur / 8) p
  _ -> m

childSong6 :: Music Pitch
childSong6 = bassLine :=: mainVoice

bassLine :: Music Pitch
bassLine =
  let b1 = addDur dqn [b 3, fs 4, g 4, fs 4]
      b2 = addDur dqn [b 3, es 4, fs 4, es 4]
      b3 = addDur dqn [as 3, fs 4, g 4, fs 4]
  in line [times 3 b1, times 2 b2, times 4 b3, times 5 b1]

mainVoice :: Music Pitch
mainVoice = times 3 v1 :+: v2

v1 :: Music Pitch
v1 =
  let v1a = addDur en [a 5, e 5, d 5, fs 5, cs 5, b 4, e 5, b 4]
      v1b = addDur en [cs 5, b 4]
  in line [v1a, graceNote (-1) (d 5 qn), v1b]

v2 :: Music Pitch
v2 =
  let v2a = line [cs 5 (dhn + dhn), d 5 dhn, f 5 hn, gs 5 qn, fs 5 (hn + en), g 5 en]
      v2b = line [addDur en [fs 5, e 5, cs 5, as 4], a 4 dqn, addDur en [as 4, cs 5, fs 5, e 5, fs 5]]
      v2c = line
        [ line [g 5 en, as 5 en, cs 6 (hn + en), d 6 en, cs 6 en]
        , e 5 en
        , enr
        , line [as 5 en, a 5 en, g 5 en, d 5 qn, c 5 en, cs 5 en]
        ]
      v2d = addDur en [fs 5, cs 5, e 5, cs 5, a 4, as 4, d 5, e 5, fs 5]
      v2e = line
        [ graceNote 2 (e 5 qn), d 5 en, graceNote 2 (d 5 qn), cs 5 en
        , graceNote 1 (cs 5 qn), b 4 (en + hn), cs 5 en, b 4 en
        ]
      v2f = line
        [ fs 5 en, a 5 en, b 5 (hn + qn), a 5 en, fs 5 en, e 5 qn
        , d 5 en, fs 5 en, e 5 hn, d 5 hn, fs 5 qn
        ]
      v2g = tempo (3 / 2) (line [cs 5 en, d 5 en, cs 5 en]) :+: b 4 (3 * dhn + hn)
  in line [v2a, v2b, v2c, v2d, v2e, v2f, v2g]

main = play childSong6
