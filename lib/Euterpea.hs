-- Euterpea (Haskell School of Music) in Refrain: music values, their operations, the
-- performance (`perform`), playing (`play`, the actions of a `main :: IO ()`) and MIDI files
-- (`writeMidi`), and Control.Arrow, as Euterpea 2 exports it. `import Euterpea` gives all.
module Euterpea
  ( module Euterpea.Music
  , module Euterpea.Transform
  , module Euterpea.NotePayload
  , module Euterpea.Performance
  , module Euterpea.Play
  , Midi, UserPatchMap, defUpm, makeGMMap, toMidi, toMidiUPM, exportMidiFile, writeMidi
  , module Control.Arrow
  , Event, Channel, Message
  ) where

import Control.Arrow
import Euterpea.Music
import Euterpea.Transform
import Euterpea.NotePayload
import Euterpea.Performance
import Euterpea.Play
import Euterpea.MidiFile (Midi, UserPatchMap, defUpm, makeGMMap, toMidi, toMidiUPM, exportMidiFile, writeMidi)
import Midi (Event, Channel, Message)
