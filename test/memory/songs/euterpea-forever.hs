-- Euterpea's `play` of a `forever`, as an action.
module Main where
import Euterpea

main :: IO ()
main = play (forever (line [c 4 en, e 4 en, g 4 en, c 5 qn]))
