-- The helper functions of HSoM's chapter 4 ("Interlude": Children's Songs No. 6), which the book
-- defines in its text: notes given one duration, grace notes, and the prefix piece. HSoM's module
-- also holds the transcription of the song itself; Refrain ships it as
-- examples/children-song-6.hs. A checkout of HSoM on -I replaces this module.
module HSoM.Examples.Interlude (addDur, graceNote, prefixes, prefix) where

import Euterpea

-- | `addDur d [c 4, e 4]` gives each note function the duration d and plays them in a line.
addDur :: Dur -> [Dur -> Music a] -> Music a
addDur d notes = line (map (\n -> n d) notes)

-- | A grace note n semitones away taking an eighth of the note's time.
graceNote :: Int -> Music Pitch -> Music Pitch
graceNote n (Prim (Note d p)) = note (d / 8) (trans n p) :+: note (7 * d / 8) p
graceNote _ _ = error "Can only add a grace note to a note."

-- | The non-empty prefixes of a list, shortest first.
prefixes :: [a] -> [[a]]
prefixes [] = []
prefixes (x : xs) = [x] : map (x :) (prefixes xs)

-- | The melody's prefixes on a flute over its reversed prefixes an octave up, then transposed.
prefix :: [Music a] -> Music a
prefix melody =
  let m1 = line (concat (prefixes melody))
      m2 = transpose 12 (line (concat (prefixes (reverse melody))))
      m = instrument Flute m1 :=: instrument VoiceOohs m2
  in m :+: transpose 5 m :+: m
