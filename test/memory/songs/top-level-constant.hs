-- A knot-tied list at top level (shared as in Haskell), played by a top-level function.
module Main where
import Midi

pitches :: [Integer]
pitches = 0 : 1 : zipWith (\a b -> (a + b) `mod` 12) pitches (tail pitches)

main :: [Event (Channel Message)]
main = channel 0 (concatMap play pitches)

play :: Integer -> [Event Message]
play n = note 10 (60 + n)
