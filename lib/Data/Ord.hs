-- Data.Ord: comparing by a key, plus a re-export of the Prelude's ordering (as Haskell's Data.Ord does).
module Data.Ord (Ordering (..), compare, (<), (<=), (>), (>=), max, min, comparing) where

-- | Compares two values by a key: `sortBy (comparing snd) pairs`.
comparing :: Ord b => (a -> b) -> a -> a -> Ordering
comparing key x y = compare (key x) (key y)
