-- Children's Songs No. 6 by Chick Corea, as transcribed in The Haskell School of Music,
-- chapter 4 (Paul Hudak and Donya Quick), played round and round a bar at a time: each bar is
-- read from the score when the music gets there, so what you change is heard from the next bar.
--
-- While it plays, change something and press Ctrl-Enter:
--   the tempo: 69 in childSong6 (try 100);
--   the instrument: RhodesPiano (try Vibraphone or AcousticGrandPiano);
--   a part: transpose 12 bassLine, or a note of the melody (a 5 in v1a to c 6).
-- The book's program ends with `main = play childSong6`, which plays the piece once
-- (examples/children-song-6.hs).
module Main where

import Euterpea
import Refrain.Live (playBar)

main :: IO ()
main = fromBar 0

-- Bar n of the piece's 28, then the next, round and round.
fromBar :: Int -> IO ()
fromBar n = do
  playBar 28 n childSong6
  fromBar ((n + 1) `mod` 28)

childSong6 :: Music Pitch
childSong6 = let t = (dhn / qn) * (69 / 120)
             in instrument RhodesPiano (tempo t (bassLine :=: mainVoice))

-- Auxiliary functions (HSoM 4.4)
addDur :: Dur -> [Dur -> Music a] -> Music a
addDur d ns = let f n = n d
              in line (map f ns)

graceNote :: Int -> Music Pitch -> Music Pitch
graceNote n (Prim (Note d p)) = note (d / 8) (trans n p) :+: note (7 * d / 8) p
graceNote n _ = error "Can only add a grace note to a note."

-- Bass line
b1 = addDur dqn [b 3, fs 4, g 4, fs 4]
b2 = addDur dqn [b 3, es 4, fs 4, es 4]
b3 = addDur dqn [as 3, fs 4, g 4, fs 4]

bassLine = times 3 b1 :+: times 2 b2 :+: times 4 b3 :+: times 5 b1

-- Main voice
mainVoice = times 3 v1 :+: v2

v1 = v1a :+: graceNote (-1) (d 5 qn) :+: v1b -- bars 1-2
v1a = addDur en [a 5, e 5, d 5, fs 5, cs 5, b 4, e 5, b 4]
v1b = addDur en [cs 5, b 4]

v2 = v2a :+: v2b :+: v2c :+: v2d :+: v2e :+: v2f :+: v2g

v2a = line [cs 5 (dhn + dhn), d 5 dhn, f 5 hn, gs 5 qn, fs 5 (hn + en), g 5 en] -- bars 7-11
v2b = addDur en [fs 5, e 5, cs 5, as 4] :+: a 4 dqn :+:
      addDur en [as 4, cs 5, fs 5, e 5, fs 5] -- bars 12-13
v2c = line [g 5 en, as 5 en, cs 6 (hn + en), d 6 en, cs 6 en] :+:
      e 5 en :+: enr :+:
      line [as 5 en, a 5 en, g 5 en, d 5 qn, c 5 en, cs 5 en] -- bars 14-16
v2d = addDur en [fs 5, cs 5, e 5, cs 5, a 4, as 4, d 5, e 5, fs 5] -- bars 17-18.5
v2e = line [graceNote 2 (e 5 qn), d 5 en, graceNote 2 (d 5 qn), cs 5 en,
            graceNote 1 (cs 5 qn), b 4 (en + hn), cs 5 en, b 4 en] -- bars 18.5-20
v2f = line [fs 5 en, a 5 en, b 5 (hn + qn), a 5 en, fs 5 en, e 5 qn,
            d 5 en, fs 5 en, e 5 hn, d 5 hn, fs 5 qn] -- bars 21-23
v2g = tempo (3 / 2) (line [cs 5 en, d 5 en, cs 5 en]) :+: b 4 (3 * dhn + hn) -- bars 24-28
