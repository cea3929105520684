-- Benchmark (c): the 8 voices of (b) with 8 different note lengths (a polyrhythm).
module Main where
import Midi
import Pitch

main = mergeMany [channel k (voice k (lengths !! fromIntegral k)) | k <- [0 .. 7]]

lengths = [120, 130, 140, 150, 170, 190, 210, 230]

voice k len = cycle (concatMap (note len) (map (+ k) melody))

melody = [c 4, d 4, e 4, f 4, g 4, a 4, b 4, c 5, c 5, b 4, a 4, g 4, f 4, e 4, d 4, c 4]
