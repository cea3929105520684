-- State passed along by `iterate`.
module Main where
import Midi

main :: [Event (Channel Message)]
main = channel 0 (concatMap play (iterate step 0))

step :: Integer -> Integer
step n = (n * 7 + 1) `mod` 12

play :: Integer -> [Event Message]
play n = note 10 (60 + n)
