-- The live-sequencer's ListLive module: list helpers, and strict helpers that keep the term
-- small in a language without sharing (the original reduced by name). With sharing they are
-- simply strict versions of their Prelude counterparts.
module ListLive
  ( cons, append, splitAt, span, afterEach, dropWhileRev
  , sumInteger, productInteger, iterateInteger, iterateIntegerList
  , applyStrictList, applyStrictListList
  ) where

import Prelude hiding (splitAt, span)
import qualified Prelude
import Data.List (dropWhileEnd)
import Tuple (Pair (..))

cons :: a -> [a] -> [a]
cons x xs = x : xs

append :: [a] -> [a] -> [a]
append xs ys = xs ++ ys

-- | `take` and `drop` at once, as the original's `Pair`: `splitAt 1 [1, 2, 3] == Pair [1] [2, 3]`.
splitAt :: Int -> [a] -> Pair [a] [a]
splitAt n xs = let (ys, zs) = Prelude.splitAt n xs in Pair ys zs

-- | The longest prefix whose elements satisfy the predicate, and the rest, as a `Pair`.
span :: (a -> Bool) -> [a] -> Pair [a] [a]
span p xs = let (ys, zs) = Prelude.span p xs in Pair ys zs

-- | Puts `y` after each element: `afterEach 0 [1,2] == [1,0,2,0]`.
afterEach :: a -> [a] -> [a]
afterEach y = concatMap (\x -> [x, y])

-- | Drops the longest suffix whose elements satisfy the predicate.
dropWhileRev :: (a -> Bool) -> [a] -> [a]
dropWhileRev = dropWhileEnd

sumInteger, productInteger :: Integral a => [a] -> a
sumInteger = foldl' (+) 0
productInteger = foldl' (*) 1

-- | Like `iterate`, but each element is evaluated before the list goes on.
iterateInteger :: (Integer -> Integer) -> Integer -> [Integer]
iterateInteger f x = (\v -> v : iterateInteger f (f v)) $! x

-- | Like `iterate` on lists of integers, each list evaluated completely before it is used.
iterateIntegerList :: ([Integer] -> [Integer]) -> [Integer] -> [[Integer]]
iterateIntegerList f = applyStrictList (\xs -> xs : iterateIntegerList f (f xs))

-- | Evaluates every element of the list, then applies the function to the evaluated list.
applyStrictList :: ([Integer] -> a) -> [Integer] -> a
applyStrictList f xs = collect [] (reverse xs)
  where
    collect done [] = f done
    collect done (y : ys) = (\v -> collect (v : done) ys) $! y

-- | Evaluates every element of every inner list, then applies the function.
applyStrictListList :: ([[Integer]] -> a) -> [[Integer]] -> a
applyStrictListList f xss = collect [] (reverse xss)
  where
    collect done [] = f done
    collect done (ys : more) = applyStrictList (\vs -> collect (vs : done) more) ys
