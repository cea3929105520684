-- Benchmark (b): 8 voices of 16 notes each, merged by the Wait-aware merge, looping forever.
module Main where
import Midi
import Pitch

main = mergeMany [channel k (voice k 120) | k <- [0 .. 7]]

voice k len = cycle (concatMap (note len) (map (+ k) melody))

melody = [c 4, d 4, e 4, f 4, g 4, a 4, b 4, c 5, c 5, b 4, a 4, g 4, f 4, e 4, d 4, c 4]
