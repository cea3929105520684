-- A controller sweep: a sustained chord on a synth pad while `controlCurve` moves the
-- brightness controller (74) up and down and the pan controller (10) from left to right,
-- a value every 50 ms. Controllers are messages like notes, merged into the same stream.
--
-- While it plays, try: change `step` (a smoother or coarser sweep); sweep the modulation
-- wheel (controller 1) instead; change the chord; make `rise` an exponential curve.
module Main where

import Chord
import Instrument
import Midi
import Pitch

step :: Time
step = 50

-- | The values of one sweep, rising from 0 to 127 in `steps` steps.
rise :: Integer -> [Integer]
rise steps = [i * 127 `div` (steps - 1) | i <- [0 .. steps - 1]]

main :: [Event (Channel Message)]
main = channel 0 (program pad2Warm) ++ loop

loop :: [Event (Channel Message)]
loop = channel 0 (pad =:= brightness =:= panning) ++ loop

-- 80 steps of 50 ms: four seconds, as long as the chord.
pad :: [Event Message]
pad = chord (80 * step) [c 4, e 4, g 4, b 4, d 5]

brightness :: [Event Message]
brightness = controlCurve step 74 (rise 40 ++ reverse (rise 40))

panning :: [Event Message]
panning = controlCurve step 10 (rise 80)
