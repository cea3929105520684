-- A drum groove on channel 9 (General MIDI percussion): hi-hats in eighths, a snare on two and
-- four, a kick pattern, and a crash at the start of every fourth bar. Three streams merged
-- with `=:=`, one bar at a time, so every edit is heard from the next bar on.
--
-- While it plays, try: change `eighth` (the tempo); swap `closedHiHat` for `rideCymbal1`;
-- give `kick` another rhythm (it must add up to 8 eighths); `emphasize 30` the snare.
module Main where

import Drum
import Midi

-- | An eighth note, in milliseconds.
eighth :: Time
eighth = 140

main :: [Event (Channel Message)]
main = loop 0

-- | Bar n and the bars after it; `loop` and `groove` are re-read for every bar.
loop :: Integer -> [Event (Channel Message)]
loop n = drumChannel (groove n) ++ loop (n + 1)

groove :: Integer -> [Event Message]
groove n = hiHats n =:= snare =:= kick

-- The hi-hat on every eighth; every fourth bar opens with a crash cymbal instead.
hiHats :: Integer -> [Event Message]
hiHats n
  | n `mod` 4 == 0 = drum crashCymbal1 eighth ++ concat (replicate 7 (drum closedHiHat eighth))
  | otherwise = concat (replicate 8 (drum closedHiHat eighth))

snare :: [Event Message]
snare = concat (replicate 2 (rest (2 * eighth) ++ drum acousticSnare (2 * eighth)))

kick :: [Event Message]
kick = concatMap (\eighths -> drum bassDrum1 (eighths * eighth)) [3, 1, 2, 2]
