-- Euterpea's class of what a note of music may carry (a Pitch or an AbsPitch, either of them
-- with a volume, or a Note1 with its attributes), each turned into a Note1 for the performance.
-- Until classes get their run-time meaning, one implementation serves every instance: the
-- class's default method tells the payloads apart at run time, and so takes each apart at a
-- type the checker cannot see (`primCoerce`, the identity at run time).
module Euterpea.NotePayload (ToMusic1 (..)) where

import Euterpea.Music
import Euterpea.Transform (mMap)

class ToMusic1 a where
  toMusic1 :: Music a -> Music1
  toMusic1 = mMap note1

instance ToMusic1 Pitch
instance ToMusic1 (Pitch, Volume)
instance ToMusic1 Note1
instance ToMusic1 AbsPitch
instance ToMusic1 (AbsPitch, Volume)

-- A payload as a Note1. A number is an AbsPitch. Of a pair, a number first is an AbsPitch
-- and a pair first is a Pitch, each with a volume (a number) or attributes (a list); any
-- other first part (a PitchClass) makes the pair itself a Pitch.
note1 :: a -> Note1
note1 x
  | primIsNumber x = (pitch (primCoerce x), [])
  | otherwise = case primCoerce x of
      (p, extra)
        | primIsNumber p -> (pitch (primCoerce p), attributes extra)
        | isPair p -> (primCoerce p, attributes extra)
        | otherwise -> (primCoerce x, [])
  where
    attributes extra
      | primIsNumber extra = [Volume (primCoerce extra)]
      | otherwise = primCoerce extra

-- Whether a value is a pair, told from the first character `show` prints for it (`show` is one
-- structural primitive for every type at run time).
isPair :: a -> Bool
isPair v = take 1 (show (primCoerce v :: ())) == "("
