-- A performance as the elements of `main`: each instrument gets a channel when it is first heard
-- (announced by a program change), each note a press and a release, with waits in milliseconds
-- rounded from the absolute times. Used by Euterpea's `play` and by Refrain.Live.
module Euterpea.PerformanceEvents
  ( ChannelMap, ChannelMapFun, playFrom, programNumber
  ) where

import Euterpea.Music
import Euterpea.Performance
import Midi (Event (..), Channel (..), Message (..))
import Refrain.Primitive (primSameOrigin)

-- | The instruments heard so far and their channels, the newest first.
type ChannelMap = [(InstrumentName, Int)]

-- | Picks the channel of an instrument not heard before: the channel and the map afterwards.
type ChannelMapFun = InstrumentName -> ChannelMap -> (Int, ChannelMap)

-- A key release waiting to be sent: time in milliseconds, channel, key, velocity.
data NoteOff = NoteOff Integer Integer Integer Integer

-- `playFrom policy now channels pending events after`: now is the time in milliseconds reached
-- so far, channels the instruments heard so far, pending the releases to come in time order,
-- after what follows the music.
playFrom
  :: ChannelMapFun -> Integer -> ChannelMap -> [NoteOff] -> Performance -> [Event (Channel Message)]
  -> [Event (Channel Message)]
playFrom _ now _ pending [] after = fst (sendOffs now pending) ++ after
playFrom policy now channels pending (event : events) after =
  let start = milliseconds (eTime event)
      (due, later) = span (\(NoteOff t _ _ _) -> t <= start) pending
      (released, now') = sendOffs now due
      (ch, channels', announce) = channelFor policy (eInst event) channels
      key = fromIntegral (ePitch event)
      velocity = max 0 (min 127 (fromIntegral (eVol event)))
      release = NoteOff (milliseconds (eTime event + eDur event)) ch key velocity
      (press, pending')
        | velocity == 0 = ([], later)
        | otherwise = ([primSameOrigin event (Event (Channel ch (On key velocity)))], insertOff release later)
  in released ++ waitFrom now' start ++ announce ++ press
       ++ playFrom policy (max now' start) channels' pending' events after

-- The releases with the waits before them, and the time after the last one.
sendOffs :: Integer -> [NoteOff] -> ([Event (Channel Message)], Integer)
sendOffs now [] = ([], now)
sendOffs now (NoteOff t ch key velocity : more) =
  let (events, final) = sendOffs (max now t) more
  in (waitFrom now t ++ Event (Channel ch (Off key velocity)) : events, final)

-- A release goes after the releases due at the same time or earlier.
insertOff :: NoteOff -> [NoteOff] -> [NoteOff]
insertOff off [] = [off]
insertOff off@(NoteOff t _ _ _) (other@(NoteOff t' _ _ _) : more)
  | t' <= t = other : insertOff off more
  | otherwise = off : other : more

waitFrom :: Integer -> Integer -> [Event a]
waitFrom now t = if t > now then [Wait (t - now)] else []

milliseconds :: Rational -> Integer
milliseconds seconds = round (seconds * 1000)

-- The instrument's channel, the channels afterwards, and the program change that announces a
-- newly heard instrument.
channelFor
  :: ChannelMapFun -> InstrumentName -> ChannelMap
  -> (Integer, ChannelMap, [Event (Channel Message)])
channelFor policy inst channels = case lookup inst channels of
  Just ch -> (toInteger ch, channels, [])
  Nothing ->
    let (ch, channels') = policy inst channels
    in (toInteger ch, channels', [Event (Channel (toInteger ch) (PgmChange (programNumber inst)))])

-- | The General MIDI program of an instrument (0 for Percussion and custom instruments).
programNumber :: InstrumentName -> Integer
programNumber Percussion = 0
programNumber (CustomInstrument _) = 0
programNumber i = fromIntegral (fromEnum i)
