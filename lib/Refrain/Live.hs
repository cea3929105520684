-- Refrain's way of playing a score live: a bar at a time, each bar taken from the score as it
-- is when the music gets there, so that an edit of the score (its tempo, an instrument, a part)
-- is heard from the next bar. Not in Euterpea: a song imports it by name.
module Refrain.Live (playBar) where

import Euterpea.Music
import Euterpea.NotePayload (ToMusic1)
import Euterpea.Performance (MEvent (..), performDur)
import Euterpea.PerformanceEvents (playFrom)
import Euterpea.Play (linearCP)
import Midi (Event (..), merge)
import Refrain.IO (IO (..))
import Refrain.Primitive (primSameOrigin)

-- | `playBar bars n m` plays bar n (counted from 0) of m, cut into `bars` bars of equal length:
-- the notes that begin in the bar, each to its end, and goes on at the end of the bar while
-- they sound. One lap of `playBar 28 0 m >> playBar 28 1 m >> …` is `playS m` (with the
-- instrument announced at each bar).
playBar :: ToMusic1 a => Int -> Int -> Music a -> IO ()
playBar bars n m = IO (\next -> merge (playFrom (linearCP 16 9) 0 [] [] inBar []) (Wait (end - start) : next ()))
  where
    (events, total) = performDur m
    barStartMs i = round (total * fromIntegral i * 1000 / fromIntegral bars)
    start = barStartMs n
    end = barStartMs (n + 1)
    begins e = round (eTime e * 1000) >= start
    inBar = [ primSameOrigin e (e { eTime = eTime e - fromIntegral start / 1000 })
            | e <- takeWhile (\e -> round (eTime e * 1000) < end) (dropWhile (not . begins) events) ]
