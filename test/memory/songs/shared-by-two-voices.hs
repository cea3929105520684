-- A where-bound list walked by two voices through a where-bound function.
module Main where
import Midi

main :: [Event (Channel Message)]
main = channel 0 (voice 0 =:= voice 7)
  where
    xs = 0 : 1 : zipWith (\a b -> (a + b) `mod` 12) xs (tail xs)
    voice k = concatMap (\n -> note 10 (60 + k + n)) xs
