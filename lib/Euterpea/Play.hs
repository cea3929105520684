-- Euterpea's playing: `play` and its kin are actions of a `main :: IO ()` that send the music to
-- the song's output, lazily (so `play (forever m)` streams without end), as MIDI events with waits
-- in milliseconds; `midiEvents` gives the same events as a list, to combine with others.
module Euterpea.Play
  ( play, playS, playDev, playDevS, playC, devices
  , PlayParams (..), defParams, ChannelMap, ChannelMapFun, linearCP, dynamicCP, predefinedCP
  , midiEvents, programNumber
  ) where

import Euterpea.Music
import Euterpea.NotePayload (ToMusic1 (..))
import Euterpea.Performance
import Euterpea.PerformanceEvents
import Midi (Event (..), Channel (..), Message (..))
import Refrain.IO (IO (..))

-- | How `playC` plays (Euterpea 2's fields). `devID` is not used: a song has one output, chosen
-- where it runs (`refrain play --midi PORT`). `closeDelay` is the silence, in seconds, after
-- the music before the next action (unless `strict`).
data PlayParams = PlayParams
  { strict :: Bool
  , chanPolicy :: ChannelMapFun
  , devID :: Maybe Int
  , closeDelay :: Double
  , perfAlg :: Music1 -> [MEvent]
  }

-- | Euterpea's defaults: lazy, 16 channels with percussion on channel 9, one second after.
defParams :: PlayParams
defParams = PlayParams False (linearCP 16 9) Nothing 1.0 perform1

-- | Plays the music, then waits a second (Euterpea's `closeDelay`).
play :: ToMusic1 a => Music a -> IO ()
play m = playing (linearCP 16 9) (perform m) [Wait 1000]

-- | Plays finite music strictly: no second of silence after it.
playS :: ToMusic1 a => Music a -> IO ()
playS m = playing (linearCP 16 9) (perform m) []

-- | Plays as `play` does; the device number is not used (a song has one output).
playDev :: ToMusic1 a => Int -> Music a -> IO ()
playDev _ = play

playDevS :: ToMusic1 a => Int -> Music a -> IO ()
playDevS _ = playS

-- | Plays with the given parameters: performs with `perfAlg`, assigns channels with `chanPolicy`.
playC :: ToMusic1 a => PlayParams -> Music a -> IO ()
playC params m = playing (chanPolicy params) (perfAlg params (toMusic1 m)) closing
  where closing = if strict params then [] else [Wait (round (closeDelay params * 1000))]

-- The action that plays a performance, then the elements after it.
playing :: ChannelMapFun -> Performance -> [Event (Channel Message)] -> IO ()
playing policy events after = IO (\next -> playFrom policy 0 [] [] events (after ++ next ()))

-- | What `devices` lists in Euterpea: here, where the music goes.
devices :: IO ()
devices = IO (\next -> Say "Refrain plays to the song's output: refrain play --midi PORT chooses it (refrain ports lists them); the studio plays in the browser" : next ())

-- | The MIDI events of any music, as the elements of `main` (a list, to combine with others).
-- Each instrument gets a channel when it is first heard, as `play` assigns them (0–8, then
-- 10–15; Percussion gets 9), announced by a program change; velocities are the volumes
-- (limited to 0–127; silent notes are left out); waits are rounded to whole milliseconds from
-- the absolute times, so no error accumulates; at equal times key releases come before presses.
midiEvents :: ToMusic1 a => Music a -> [Event (Channel Message)]
midiEvents m = playFrom (linearCP 16 9) 0 [] [] (perform m) []

-- | Fills channels 0, 1, … (stepping over the percussion channel) up to the limit, which is an
-- error; Percussion gets its channel.
linearCP :: Int -> Int -> ChannelMapFun
linearCP limit percussion inst channels
  | inst == Percussion = (percussion, (inst, percussion) : channels)
  | channel < limit = (channel, (inst, channel) : channels)
  | otherwise = error ("Cannot use more than " ++ show limit ++ " instruments.")
  where
    heard = length (filter ((/= Percussion) . fst) channels)
    channel = if heard >= percussion then heard + 1 else heard

-- | As `linearCP` until the channels are full; then the instrument heard longest ago gives up
-- its channel.
dynamicCP :: Int -> Int -> ChannelMapFun
dynamicCP limit percussion inst channels
  | inst == Percussion = (percussion, (inst, percussion) : channels)
  | length others < limit - 1 = linearCP limit percussion inst channels
  | otherwise = (oldest, (inst, oldest) : take (length others - 1) others ++ drums)
  where
    others = filter ((/= Percussion) . fst) channels
    drums = if length others == length channels then [] else [(Percussion, percussion)]
    oldest = snd (last others)

-- | Channels given beforehand; an instrument not among them is an error.
predefinedCP :: ChannelMap -> ChannelMapFun
predefinedCP fixed inst _ = case lookup inst fixed of
  Nothing -> error (show inst ++ " is not included in the channel map.")
  Just ch -> (ch, fixed)
