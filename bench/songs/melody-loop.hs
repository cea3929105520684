-- Benchmark (a): a 16-note melody looped by `main = melody ++ main`.
module Main where
import Midi
import Pitch

main = melody ++ main

melody = concatMap (note 100) [c 4, d 4, e 4, f 4, g 4, a 4, b 4, c 5, c 5, b 4, a 4, g 4, f 4, e 4, d 4, c 4]
