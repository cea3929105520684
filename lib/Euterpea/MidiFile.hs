-- Euterpea's MIDI files: a performance becomes a `Midi` value (Codec.Midi's shape: one track per
-- instrument, 96 ticks a quarter at 120 beats a minute) as Euterpea 2's ToMidi does, and its
-- bytes as Euterpea 2's exportMidiFile writes them; `writeMidi` is the action that writes it.
module Euterpea.MidiFile
  ( Midi (..), FileType (..), TimeDiv (..), Track, Ticks, MidiMessage (..)
  , UserPatchMap, defUpm, makeGMMap, toMidi, toMidiUPM, midiFileBytes
  , exportMidiFile, writeMidi
  ) where

import Data.List (partition)
import Euterpea.Music
import Euterpea.NotePayload (ToMusic1)
import Euterpea.Performance
import Euterpea.Play (programNumber)
import Refrain.IO (IO (..), Event (WriteFile))

-- | A MIDI file: its format, its time division and its tracks.
data Midi = Midi { fileType :: FileType, timeDiv :: TimeDiv, tracks :: [Track Ticks] }
  deriving (Eq, Show)

data FileType = SingleTrack | MultiTrack | MultiPattern
  deriving (Eq, Show)

data TimeDiv = TicksPerBeat Int | TicksPerSecond Int Int
  deriving (Eq, Show)

type Ticks = Int

-- | Messages with the time before them (after `fromAbsTime`) or from the start.
type Track a = [(a, MidiMessage)]

-- | The messages Euterpea writes (Codec.Midi's `Message`, the part Euterpea uses).
data MidiMessage
  = NoteOff Int Int Int
  | NoteOn Int Int Int
  | ProgramChange Int Int
  | ControlChange Int Int Int
  | TempoChange Int
  deriving (Eq, Show)

-- | Instruments and their channels.
type UserPatchMap = [(InstrumentName, Int)]

-- | The channels Euterpea uses when every instrument of the music is among these.
defUpm :: UserPatchMap
defUpm =
  [ (AcousticGrandPiano, 0), (Marimba, 1), (Vibraphone, 2), (AcousticBass, 3), (Flute, 4)
  , (TenorSax, 5), (AcousticGuitarSteel, 6), (Viola, 7), (StringEnsemble1, 8), (AcousticGrandPiano, 9) ]

-- | Channels 0–8 then 10–15 in order, Percussion on 9; more than 15 instruments is an error.
makeGMMap :: [InstrumentName] -> UserPatchMap
makeGMMap = assign ([0 .. 8] ++ [10 .. 15])
  where
    assign _ [] = []
    assign free (Percussion : more) = (Percussion, 9) : assign free more
    assign (ch : free) (inst : more) = (inst, ch) : assign free more
    assign [] _ = error "makeGMMap: too many instruments."

toMidi :: [MEvent] -> Midi
toMidi = toMidiUPM defUpm

-- | One track per instrument (in order of first appearance), format 0 when there is one.
toMidiUPM :: UserPatchMap -> [MEvent] -> Midi
toMidiUPM upm events =
  let parts = byInstrument events
      instruments = map fst parts
      patches = if all (\i -> any ((== i) . fst) upm) instruments then upm else makeGMMap instruments
      format = if length parts == 1 then SingleTrack else MultiTrack
  in Midi format (TicksPerBeat ticksPerQuarter) (map (deltas . trackOf patches) parts)

ticksPerQuarter :: Int
ticksPerQuarter = 96

byInstrument :: [MEvent] -> [(InstrumentName, [MEvent])]
byInstrument [] = []
byInstrument events@(first : _) =
  let inst = eInst first
      (these, others) = partition ((== inst) . eInst) events
  in (inst, these) : byInstrument others

-- A track from the start: the program, the tempo, then each note's on and off, an off placed
-- before the messages at a later tick.
trackOf :: UserPatchMap -> (InstrumentName, [MEvent]) -> Track Ticks
trackOf patches (inst, events) =
  let ch = case lookup inst patches of
        Just c -> c
        Nothing -> error ("instrument " ++ show inst ++ " not in patch map")
      notes [] = []
      notes (e : es) =
        let velocity = max 0 (min 127 (eVol e))
            key = ePitch e
        in (tick (eTime e), NoteOn ch key velocity) : insertAt (tick (eTime e + eDur e), NoteOff ch key velocity) (notes es)
  in (0, ProgramChange ch (fromInteger (programNumber inst))) : (0, TempoChange 500000) : notes events

insertAt :: (Ticks, MidiMessage) -> Track Ticks -> Track Ticks
insertAt message [] = [message]
insertAt message@(t, _) (other@(t', _) : more)
  | t <= t' = message : other : more
  | otherwise = other : insertAt message more

-- Seconds at 120 quarters a minute: two quarters a second.
tick :: Rational -> Ticks
tick seconds = round (seconds * 2 * fromIntegral ticksPerQuarter)

-- Each message's time made relative to the one before (Codec.Midi's fromAbsTime).
deltas :: Track Ticks -> Track Ticks
deltas = go 0
  where
    go _ [] = []
    go before ((t, message) : more) = (t - before, message) : go t more

-- | The bytes of the file, as Euterpea's exportMidiFile writes them: no running status, the end
-- of each track 96 ticks after its last message.
midiFileBytes :: Midi -> [Integer]
midiFileBytes (Midi format division trackList) =
  let quarter = case division of
        TicksPerBeat n -> n
        TicksPerSecond _ _ -> error "(makeFile) Don't know how to handle TicksPerSecond yet."
      formatBytes = case format of
        SingleTrack -> [0, 0]
        MultiTrack -> [0, 1]
        MultiPattern -> error "(makeHeader) Don't know how to handle multi-pattern yet."
  in if length trackList > 16 then error "(makeHeader) Don't know how to handle >16 tracks!"
     else [0x4D, 0x54, 0x68, 0x64, 0, 0, 0, 6] ++ formatBytes ++ [0, byte (length trackList), 0, byte quarter]
          ++ concatMap trackBytes trackList

trackBytes :: Track Ticks -> [Integer]
trackBytes track =
  let body = concatMap (\(t, message) -> variableLength t ++ messageBytes message) track
             ++ variableLength 96 ++ [0xFF, 0x2F, 0x00]
  in [0x4D, 0x54, 0x72, 0x6B] ++ bigEndian 4 (length body) ++ body

messageBytes :: MidiMessage -> [Integer]
messageBytes (NoteOn ch key velocity) = [0x90 + byte ch, byte key, byte velocity]
messageBytes (NoteOff ch key velocity) = [0x80 + byte ch, byte key, byte velocity]
messageBytes (ProgramChange ch program) = [0xC0 + byte ch, byte program]
messageBytes (ControlChange ch controller value) = [0xB0 + byte ch, byte controller, byte value]
messageBytes (TempoChange microseconds) = [0xFF, 0x51, 0x03] ++ bigEndian 3 microseconds

-- The low eight bits, as a byte.
byte :: Int -> Integer
byte n = toInteger n `mod` 256

bigEndian :: Int -> Int -> [Integer]
bigEndian count n = [toInteger (n `div` (256 ^ k)) `mod` 256 | k <- reverse [0 .. count - 1]]

-- Seven bits a byte, the first bytes flagged with the high bit.
variableLength :: Int -> [Integer]
variableLength n = reverse (last7 : map (+ 0x80) higher)
  where
    last7 = toInteger (n `mod` 128)
    higher = groups (n `div` 128)
    groups 0 = []
    groups m = toInteger (m `mod` 128) : groups (m `div` 128)

-- | The action that writes the MIDI file (where the song runs from the command line).
exportMidiFile :: FilePath -> Midi -> IO ()
exportMidiFile path midi = IO (\next -> WriteFile path (midiFileBytes midi) : next ())

-- | Writes the music's performance as a MIDI file, as Euterpea's writeMidi does.
writeMidi :: ToMusic1 a => FilePath -> Music a -> IO ()
writeMidi path m = exportMidiFile path (toMidi (perform m))
