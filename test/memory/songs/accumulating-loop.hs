-- A loop accumulating a value in an argument.
module Main where
import Midi

main :: [Event (Channel Message)]
main = channel 0 (loop 0 0)

loop :: Integer -> Integer -> [Event Message]
loop n total = note 10 (60 + total `mod` 12) ++ loop (n + 1) (total + n)
