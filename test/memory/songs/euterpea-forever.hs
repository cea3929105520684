-- Euterpea's `play` of a `forever`.
module Main where
import Euterpea

main :: [Event (Channel Message)]
main = play (forever (line [c 4 en, e 4 en, g 4 en, c 5 qn]))
