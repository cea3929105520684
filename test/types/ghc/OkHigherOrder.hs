module OkHigherOrder where
-- expect: ok (higher-order functions from the Prelude and Data.List)
import Data.List

sumSquares :: [Integer] -> Integer
sumSquares = foldr (\x acc -> x * x + acc) 0

velocities :: [Integer]
velocities = zipWith3 (\a b c -> a + b + c) [1, 2] [3, 4] [5, 6]

powers :: [Integer]
powers = takeWhile (< 1000) (iterate (* 2) 1)

sortedDesc :: [Integer]
sortedDesc = sortBy (flip compare) [3, 1, 2]

grouped :: [[Integer]]
grouped = group (sort [1, 2, 1, 3])

composed :: Integer -> Integer
composed = negate . abs . subtract 3
