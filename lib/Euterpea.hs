-- Euterpea (Haskell School of Music) in Refrain: music values, their operations, the
-- performance (`perform`) and the MIDI events of `main` (`play`). `import Euterpea` gives all.
module Euterpea
  ( module Euterpea.Music
  , module Euterpea.Transform
  , module Euterpea.NotePayload
  , module Euterpea.Performance
  , module Euterpea.Play
  , Event, Channel, Message
  ) where

import Euterpea.Music
import Euterpea.Transform
import Euterpea.NotePayload
import Euterpea.Performance
import Euterpea.Play
import Midi (Event, Channel, Message)
