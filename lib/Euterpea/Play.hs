-- Euterpea music as the elements of `main`: the performance turned, lazily, into MIDI events
-- with waits in milliseconds, so that `main = play (forever m)` streams without end.
module Euterpea.Play (play, programNumber) where

import Euterpea.Music
import Euterpea.NotePayload (ToMusic1)
import Euterpea.Performance
import Midi (Event (..), Channel (..), Message (..))

-- A key release waiting to be sent: time in milliseconds, channel, key, velocity.
data NoteOff = NoteOff Integer Integer Integer Integer

-- | The MIDI events of any music. Each instrument gets a channel when it is first heard, as
-- Euterpea's writeMidi assigns them (0–8, then 10–15; Percussion gets 9), announced by a
-- program change; velocities are the volumes (limited to 0–127; silent notes are left out);
-- waits are rounded to whole milliseconds from the absolute times, so no error accumulates;
-- at equal times key releases come before key presses.
play :: ToMusic1 a => Music a -> [Event (Channel Message)]
play m = playFrom 0 [] [] (perform m)

-- `playFrom now channels pending events`: now is the time in milliseconds reached so far,
-- channels the instruments heard so far, pending the releases to come, in time order.
playFrom
  :: Integer -> [(InstrumentName, Integer)] -> [NoteOff] -> Performance
  -> [Event (Channel Message)]
playFrom now _ pending [] = fst (sendOffs now pending)
playFrom now channels pending (event : events) =
  let start = milliseconds (eTime event)
      (due, later) = span (\(NoteOff t _ _ _) -> t <= start) pending
      (released, now') = sendOffs now due
      (ch, channels', announce) = channelFor (eInst event) channels
      key = fromIntegral (ePitch event)
      velocity = max 0 (min 127 (fromIntegral (eVol event)))
      release = NoteOff (milliseconds (eTime event + eDur event)) ch key velocity
      (press, pending')
        | velocity == 0 = ([], later)
        | otherwise = ([Event (Channel ch (On key velocity))], insertOff release later)
  in released ++ waitFrom now' start ++ announce ++ press
       ++ playFrom (max now' start) channels' pending' events

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
  :: InstrumentName -> [(InstrumentName, Integer)]
  -> (Integer, [(InstrumentName, Integer)], [Event (Channel Message)])
channelFor inst channels = case lookup inst channels of
  Just ch -> (ch, channels, [])
  Nothing ->
    let ch = newChannel inst channels
    in (ch, channels ++ [(inst, ch)], [Event (Channel ch (PgmChange (programNumber inst)))])

newChannel :: InstrumentName -> [(InstrumentName, Integer)] -> Integer
newChannel Percussion _ = 9
newChannel _ channels =
  case drop (length (filter (\(i, _) -> i /= Percussion) channels)) ([0 .. 8] ++ [10 .. 15]) of
    (ch : _) -> ch
    [] -> error "play: too many instruments (15 and Percussion at most)"

-- | The General MIDI program of an instrument (0 for Percussion and custom instruments).
programNumber :: InstrumentName -> Integer
programNumber Percussion = 0
programNumber (CustomInstrument _) = 0
programNumber i = fromIntegral (fromEnum i)
