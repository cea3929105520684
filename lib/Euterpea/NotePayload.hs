-- What a note of any kind of music carries, as Euterpea's performance needs it: a MIDI key and
-- note attributes. Without type classes the kind of payload is recognised at run time:
-- a Pitch (PitchClass, Octave), an AbsPitch (a number), or either of them paired with a
-- volume (a number) or with a list of note attributes (Music1).
module Euterpea.NotePayload (notePayload) where

import Euterpea.Music

notePayload :: a -> (AbsPitch, [NoteAttribute])
notePayload x
  | isNumber x = (x, [])
  | otherwise = case x of
      (p, extra)
        | isNumber p -> (p, attributes extra)
        | isTuple p -> (absPitch p, attributes extra)
        | otherwise -> (absPitch (p, extra), [])
  where
    attributes extra
      | isNumber extra = [Volume extra]
      | otherwise = extra

-- The kind of a value, told from the first character `show` prints for it (a digit or minus
-- sign for a number, a parenthesis for a tuple, a letter for a constructor).
isNumber, isTuple :: a -> Bool
isNumber v = case show v of
  (ch : _) -> (ch >= '0' && ch <= '9') || ch == '-'
  [] -> False
isTuple v = take 1 (show v) == "("
