-- Euterpea's class of what a note of music may carry (a Pitch or an AbsPitch, either of them
-- with a volume, or a Note1 with its attributes), each turned into a Note1 for the performance,
-- as Euterpea 2's Music.lhs has it.
module Euterpea.NotePayload (ToMusic1 (..)) where

import Euterpea.Music
import Euterpea.Transform (mMap)

class ToMusic1 a where
  toMusic1 :: Music a -> Music1

instance ToMusic1 Pitch where
  toMusic1 = mMap (\p -> (p, []))

instance ToMusic1 (Pitch, Volume) where
  toMusic1 = mMap (\(p, v) -> (p, [Volume v]))

instance ToMusic1 Note1 where
  toMusic1 = id

instance ToMusic1 AbsPitch where
  toMusic1 = mMap (\a -> (pitch a, []))

instance ToMusic1 (AbsPitch, Volume) where
  toMusic1 = mMap (\(p, v) -> (pitch p, [Volume v]))
