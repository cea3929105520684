-- The live-sequencer's Tuple module: the original's pair type with its own `fst` and `snd`
-- (which take a `Pair` apart, not a Haskell pair; `ListLive.splitAt` and `span` return a `Pair`).
-- A song that imports Tuple gets these instead of the Prelude's.
module Tuple (Pair (..), fst, snd) where

import Prelude hiding (fst, snd)

data Pair a b = Pair a b
  deriving (Eq, Ord, Show)

fst :: Pair a b -> a
fst (Pair a _) = a

snd :: Pair a b -> b
snd (Pair _ b) = b
