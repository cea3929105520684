-- A knot-tied local list with a lambda beside it, played through a where-bound function.
module Main where
import Midi

main :: [Event (Channel Message)]
main = channel 0 (concatMap play (let xs = 0 : 1 : zipWith (\a b -> (a + b) `mod` 12) xs (tail xs) in xs))
  where play n = note 10 (60 + n)
