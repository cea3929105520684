-- The drummer's part of the band (channel 9, General MIDI percussion): `bar n` is bar n.
-- Every bar must last `barLength` (8 eighths).
module Drums (bar) where

import Drum
import Midi
import Groove

-------- Edit below: the drums.
bar :: Integer -> [Event (Channel Message)]
bar n = drumChannel (hiHats =:= snare =:= kick n)

hiHats :: [Event Message]
hiHats = concat (replicate 8 (drum closedHiHat eighth))

snare :: [Event Message]
snare = rest (2 * eighth) ++ drum acousticSnare (4 * eighth) ++ drum acousticSnare (2 * eighth)

-- A fill in the kick every fourth bar.
kick :: Integer -> [Event Message]
kick n
  | n `mod` 4 == 3 = concatMap (\k -> drum bassDrum1 (k * eighth)) [2, 1, 1, 1, 1, 2]
  | otherwise = concatMap (\k -> drum bassDrum1 (k * eighth)) [3, 3, 2]
