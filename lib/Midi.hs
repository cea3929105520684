-- The live-sequencer's Midi module: the elements of `main` (waits, messages, texts; declared in
-- Refrain.IO, below the Prelude, whose `IO` plays them), notes and controller curves built from
-- them, transformations of event lists, and sequential (`+:+`) and parallel (`=:=`, `merge`)
-- composition of delta-time streams.
module Midi
  ( Time, Velocity, Program, Controller, Chan
  , Event (..), Channel (..), Message (..)
  , note, noteLazy, noteOn, noteOff, rest, program, controller, channel, channelEvent
  , transpose, transposeEvent, changeTempo, changeTempoEvent, controlCurve
  , normalVelocity, emphasize
  , takeTime, dropTime, skipTime, compressTime, lazyPause, duration
  , (+:+), merge, (=:=), mergeWait, mergeMany
  ) where

import Pitch (Pitch)
import Refrain.IO (Event (..), Channel (..), Message (..), Time, Velocity, Program, Controller, Chan)

infixr 7 +:+
infixr 6 =:=

-- Building blocks ----------------------------------------------------------------------------

-- | A note of the given length: key down, wait, key up. The pitch is evaluated first, so the
-- key that goes up is surely the key that went down.
note :: Time -> Pitch -> [Event Message]
note dur p = noteLazy dur $! p

-- | Like 'note', but the pitch is evaluated separately for the key down and the key up.
noteLazy :: Time -> Pitch -> [Event Message]
noteLazy dur p = [noteOn p, Wait dur, noteOff p]

noteOn, noteOff :: Pitch -> Event Message
noteOn p = Event (On p normalVelocity)
noteOff p = Event (Off p normalVelocity)

normalVelocity :: Velocity
normalVelocity = 64

rest :: Time -> [Event a]
rest dur = [Wait dur]

program :: Program -> [Event Message]
program n = [Event (PgmChange n)]

controller :: Controller -> Integer -> [Event Message]
controller cc value = [Event (Controller cc value)]

-- | `controlCurve d cc values` sends the values to controller cc, one every d milliseconds.
controlCurve :: Time -> Controller -> [Integer] -> [Event Message]
controlCurve d cc = concatMap (\value -> [Event (Controller cc value), Wait d])

-- Transformations ----------------------------------------------------------------------------

-- | Sends every message of the list to channel c.
channel :: Chan -> [Event a] -> [Event (Channel a)]
channel c = map (channelEvent c)

channelEvent :: Chan -> Event a -> Event (Channel a)
channelEvent c (Event message) = Event (Channel c message)
channelEvent _ (Wait t) = Wait t
channelEvent _ (Say text) = Say text

-- | Shifts every key by d semitones.
transpose :: Integer -> [Event Message] -> [Event Message]
transpose d = map (transposeEvent d)

transposeEvent :: Integer -> Event Message -> Event Message
transposeEvent d (Event (On p v)) = Event (On (p + d) v)
transposeEvent d (Event (Off p v)) = Event (Off (p + d) v)
transposeEvent _ event = event

-- | Multiplies every wait by k (k = 2 plays at half speed).
changeTempo :: Integer -> [Event a] -> [Event a]
changeTempo k = map (changeTempoEvent k)

changeTempoEvent :: Integer -> Event a -> Event a
changeTempoEvent k (Wait t) = Wait (k * t)
changeTempoEvent _ event = event

-- | Adds v to the velocity of every key-down message (key-ups are left alone).
emphasize :: Integer -> [Event Message] -> [Event Message]
emphasize v = map emphasizeEvent
  where
    emphasizeEvent (Event (On p velocity)) = Event (On p (velocity + v))
    emphasizeEvent event = event

-- Time ---------------------------------------------------------------------------------------

-- | The part of the stream in its first t milliseconds (ending with a wait up to t).
takeTime :: Time -> [Event a] -> [Event a]
takeTime _ [] = []
takeTime t (Wait x : rest')
  | t < x = [Wait t]
  | otherwise = Wait x : takeTime (t - x) rest'
takeTime t (event : rest') = event : takeTime t rest'

-- | The stream from t milliseconds on; the events before are left out.
dropTime :: Time -> [Event a] -> [Event a]
dropTime _ [] = []
dropTime t (Wait x : rest')
  | t < x = Wait (x - t) : rest'
  | otherwise = dropTime (t - x) rest'
dropTime t (_ : rest') = dropTime t rest'

-- | Like 'dropTime', but the events of the first t milliseconds are sent at once instead of
-- left out, so notes and controllers are in the right state afterwards.
skipTime :: Time -> [Event a] -> [Event a]
skipTime _ [] = []
skipTime t (Wait x : rest')
  | t < x = Wait (x - t) : rest'
  | otherwise = skipTime (t - x) rest'
skipTime t (event : rest') = event : skipTime t rest'

-- | `compressTime k t` plays the first t milliseconds k times as fast (waits divided by k,
-- rounded down), then goes on at normal speed.
compressTime :: Integer -> Time -> [Event a] -> [Event a]
compressTime _ _ [] = []
compressTime k t (Wait x : rest')
  | t < x = Wait (t `div` k + (x - t)) : rest'
  | otherwise = Wait (x `div` k) : compressTime k (t - x) rest'
compressTime k t (event : rest') = event : compressTime k t rest'

-- | A pause exactly as long as the stream: its waits without its events, produced lazily.
lazyPause :: [Event a] -> [Event b]
lazyPause = concatMap waitOnly
  where
    waitOnly (Wait t) = [Wait t]
    waitOnly _ = []

-- | The total length of a finite stream in milliseconds (the sum of its waits).
duration :: [Event a] -> Time
duration = foldl' (\total event -> total + waitOf event) 0
  where
    waitOf (Wait t) = t
    waitOf _ = 0

-- Composition --------------------------------------------------------------------------------

-- | One stream after the other (the same as `++`).
(+:+) :: [Event a] -> [Event a] -> [Event a]
xs +:+ ys = xs ++ ys

-- | Both streams at once (the same as 'merge').
(=:=) :: [Event a] -> [Event a] -> [Event a]
xs =:= ys = merge xs ys

-- | Merges two delta-time streams into one. At equal times the left stream's events come
-- first. Waits are split: of two leading waits the shorter is emitted and the rest of the
-- longer one stays in front of its stream.
merge :: [Event a] -> [Event a] -> [Event a]
merge (Wait a : xs) (Wait b : ys) = mergeWaits a xs b ys
merge (Wait a : xs) (y : ys) = y : merge (Wait a : xs) ys
merge (x : xs) ys = x : merge xs ys
merge [] ys = ys

-- | Merges a stream that waits a before xs with one that waits b before ys.
mergeWaits :: Time -> [Event a] -> Time -> [Event a] -> [Event a]
mergeWaits a xs b ys = case compare a b of
  LT -> Wait a : merge xs (Wait (b - a) : ys)
  EQ -> Wait a : merge xs ys
  GT -> Wait b : merge (Wait (a - b) : xs) ys

-- | The original's helper of `merge`, with its arguments: `mergeWait (a < b) (a - b) a xs b ys`
-- merges a stream that waits a before xs with one that waits b before ys.
mergeWait :: Bool -> Time -> Time -> [Event a] -> Time -> [Event a] -> [Event a]
mergeWait _ 0 a xs _ ys = Wait a : merge xs ys
mergeWait True d a xs _ ys = Wait a : merge xs (Wait (negate d) : ys)
mergeWait False d _ xs b ys = Wait b : merge (Wait d : xs) ys

-- | Merges many streams (`foldl merge []`).
mergeMany :: [[Event a]] -> [Event a]
mergeMany = foldl merge []
