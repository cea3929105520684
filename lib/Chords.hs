-- The live-sequencer's first name for the Chord module (its early songs import Chords).
module Chords (module Chord) where

import Chord
