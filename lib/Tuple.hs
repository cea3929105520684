-- The live-sequencer's Tuple module: the original's pair type, and `fst`/`snd` (the Prelude's,
-- which take Haskell pairs apart; the original's `splitAt` and `span` return Haskell pairs here).
module Tuple (Pair (..), fst, snd) where

data Pair a b = Pair a b
  deriving (Eq, Ord, Show)
