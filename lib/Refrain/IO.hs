{-# LANGUAGE NoImplicitPrelude #-}
-- The elements of a song's `main` (the live-sequencer's Midi types) and Haskell's `IO` over them.
-- An action is, given what comes after it, the elements it plays first: so a `main :: IO ()`
-- streams like a list, and `runIO` turns it into the list the interpreter plays.
module Refrain.IO
  ( Event (..), Channel (..), Message (..), Time, Velocity, Program, Controller, Chan
  , IO (..), runIO
  ) where

import Refrain.Primitive

-- | Milliseconds.
type Time = Integer
type Velocity = Integer
type Program = Integer
type Controller = Integer
type Chan = Integer

-- The Pitch module's type, named here below the Prelude (for messages about `On` and `Off`).
type Pitch = Integer

-- | An element of `main`: wait so many milliseconds, show a text, send a message, or write a file
-- (its bytes; done where the song runs from the command line).
data Event a = Wait Time | Say [Char] | Event a | WriteFile [Char] [Integer]
  deriving (Eq, Ord, Show)

-- | A message for channel n (port n `div` 16, MIDI channel n `mod` 16).
data Channel a = Channel Chan a
  deriving (Eq, Ord, Show)

-- | `On pitch velocity`, `Off pitch velocity`, `Controller number value`, `PgmChange program`.
data Message
  = PgmChange Program
  | Controller Controller Integer
  | On Pitch Velocity
  | Off Pitch Velocity
  deriving (Eq, Ord, Show)

-- | An action: given the elements that follow it (from its result), all the elements.
newtype IO a = IO ((a -> [Event (Channel Message)]) -> [Event (Channel Message)])

-- | The elements a `main :: IO a` plays.
runIO :: IO a -> [Event (Channel Message)]
runIO (IO play) = play (\_ -> [])
