-- The keyboard player's part of the band (channel 0): `bar n` voices bar n's chord.
-- Every bar must last `barLength` (8 eighths).
module Keys (setup, bar) where

import Chord
import Instrument
import Midi
import Groove

setup :: [Event (Channel Message)]
setup = channel 0 (program electricPiano2)

-------- Edit below: the chords.
bar :: Integer -> [Event (Channel Message)]
bar n = channel 0 (comp (map (+ 12) (chordOf n)))

-- Off-beat stabs: rest an eighth, then the chord for an eighth, four times a bar.
comp :: [Integer] -> [Event Message]
comp pitches = concat (replicate 4 (rest eighth ++ chord eighth pitches))
