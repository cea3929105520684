-- The shared groove of the band: the length of an eighth note and the chord of every bar
-- (a root and the chord's intervals above it). All parts read it; edit it to change the
-- tempo or the harmony for everyone.
module Groove (eighth, barLength, rootOf, chordOf) where

import Midi (Time)
import Pitch

-- | An eighth note, in milliseconds; a bar has eight.
eighth :: Time
eighth = 150

barLength :: Time
barLength = 8 * eighth

-- | One chord a bar, round and round: A minor, F major, C major, G major.
progression :: [(Pitch, [Integer])]
progression = [(a 2, [0, 3, 7]), (f 2, [0, 4, 7]), (c 3, [0, 4, 7]), (g 2, [0, 4, 7])]

rootOf :: Integer -> Pitch
rootOf n = fst (progression !! (fromIntegral n `mod` length progression))

-- | The pitches of bar n's chord, from its root up.
chordOf :: Integer -> [Pitch]
chordOf n = let (root, intervals) = progression !! (fromIntegral n `mod` length progression)
            in map (root +) intervals
