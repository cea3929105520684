-- A where-bound recursive helper carrying its state in an argument.
module Main where
import Midi

main :: [Event (Channel Message)]
main = channel 0 (go 0)
  where go n = note 10 (60 + n `mod` 12) ++ go (n + 5)
