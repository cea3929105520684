-- The live-sequencer's List module: the list functions its songs use (the Prelude's and
-- Data.List's own, so importing List next to the Prelude is never ambiguous) and `add`.
module List
  ( (++), concat, take, drop, filter, takeWhile, map, zipWith, zipWith3, foldr, foldl
  , length, sum, add, scanl, scanr, reverse, replicate, repeat, cycle, iterate
  , concatMap, head, tail, null, (!!), inits, tails
  ) where

import Data.List (inits, tails)

-- | Addition as a named function, for folds: `foldl add 0`.
add :: Num a => a -> a -> a
add x y = x + y
