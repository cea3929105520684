-- A generative melody: a random walk over a pentatonic scale with random note lengths, from
-- System.Random's seeded generator, so the same seed always plays the same music. Each
-- phrase takes a fresh generator (split from the last), and `phrase` is re-read for every
-- phrase, so edits are heard at the next one.
--
-- While it plays, try: change `seed` (a new piece, from the next phrase on); change `scale`;
-- allow bigger leaps in `step`; change the lengths in `lengths`.
module Main where

import Midi
import Pitch
import Instrument
import System.Random

seed :: Int
seed = 2013

scale :: [Pitch]
scale = [c 4, d 4, e 4, g 4, a 4, c 5, d 5, e 5, g 5, a 5]

lengths :: [Time]
lengths = [125, 250, 250, 375]

main :: [Event (Channel Message)]
main = channel 0 (program marimba) ++ phrases 0 (mkStdGen seed)

-- | Phrases of 16 notes, each walking on from where the last one stopped.
phrases :: Int -> StdGen -> [Event (Channel Message)]
phrases position g =
  let (now, later) = split g
      (music, position') = phrase position now
  in channel 0 music ++ phrases position' later

phrase :: Int -> StdGen -> ([Event Message], Int)
phrase position g =
  let (g1, g2) = split g
      positions = take 16 (walk position (randomRs (-2, 2) g1))
      durations = picks lengths g2
  in (concat (zipWith note durations (map (scale !!) positions)), last positions)

-- | Positions in the scale, each a step from the one before, kept inside the scale.
walk :: Int -> [Int] -> [Int]
walk position (step : steps) =
  let position' = max 0 (min (length scale - 1) (position + step))
  in position' : walk position' steps
