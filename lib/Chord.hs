-- The live-sequencer's Chord module: notes sounding together, and the four common chords as
-- functions of a length and a root key (with the root's octave on top for the triads).
module Chord (chord, chord3, chord4, major, major7, minor, minor7) where

import Midi
import Pitch (Pitch)

-- | All pitches at once, each for the given time.
chord :: Time -> [Pitch] -> [Event Message]
chord dur pitches = mergeMany (map (note dur) pitches)

chord3 :: Time -> Pitch -> Pitch -> Pitch -> [Event Message]
chord3 dur p0 p1 p2 = chord dur [p0, p1, p2]

chord4 :: Time -> Pitch -> Pitch -> Pitch -> Pitch -> [Event Message]
chord4 dur p0 p1 p2 p3 = chord dur [p0, p1, p2, p3]

-- | `major dur root`: root, major third, fifth and octave; `major7`: root, third, fifth and
-- minor seventh. `minor` and `minor7` likewise with a minor third.
major, major7, minor, minor7 :: Time -> Pitch -> [Event Message]
major dur root = chordOf [0, 4, 7, 12] dur root
major7 dur root = chordOf [0, 4, 7, 10] dur root
minor dur root = chordOf [0, 3, 7, 12] dur root
minor7 dur root = chordOf [0, 3, 7, 10] dur root

chordOf :: [Integer] -> Time -> Pitch -> [Event Message]
chordOf intervals dur root = chord dur (map (root +) intervals)
