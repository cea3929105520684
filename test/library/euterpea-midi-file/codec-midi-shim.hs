-- The part of HCodecs' Codec.Midi that Euterpea 2's ToMidi and ExportMidiFile use (HCodecs is not
-- packaged by Debian): the file's types, as in HCodecs 0.5, and fromAbsTime.
module Codec.Midi where

import Data.List (mapAccumL)

data Midi = Midi { fileType :: FileType, timeDiv :: TimeDiv, tracks :: [Track Ticks] }
  deriving (Eq, Show)

data FileType = SingleTrack | MultiTrack | MultiPattern
  deriving (Eq, Show)

data TimeDiv = TicksPerBeat Int | TicksPerSecond Int Int
  deriving (Eq, Show)

type Track a = [(a, Message)]
type Ticks = Int
type Time = Double
type Channel = Int
type Key = Int
type Velocity = Int
type Pressure = Int
type Preset = Int
type Bank = Int
type PitchWheel = Int
type Tempo = Int

data Message
  = NoteOff { channel :: !Channel, key :: !Key, velocity :: !Velocity }
  | NoteOn { channel :: !Channel, key :: !Key, velocity :: !Velocity }
  | KeyPressure { channel :: !Channel, key :: !Key, pressure :: !Pressure }
  | ControlChange { channel :: !Channel, controllerNumber :: !Int, controllerValue :: !Int }
  | ProgramChange { channel :: !Channel, preset :: !Preset }
  | ChannelPressure { channel :: !Channel, pressure :: !Pressure }
  | PitchWheel { channel :: !Channel, pitchWheel :: !PitchWheel }
  | TempoChange !Tempo
  | TrackEnd
  deriving (Eq, Show)

-- Absolute times to the time since the message before.
fromAbsTime :: Num a => Track a -> Track a
fromAbsTime track = zip deltas messages
  where
    (times, messages) = unzip track
    (_, deltas) = mapAccumL (\before t -> (t, t - before)) 0 times
