-- Euterpea's instrument names (the 128 General MIDI programs in program order, then
-- Percussion and custom instruments) and its 47 percussion sounds (General MIDI keys 35–81).
module Euterpea.Instruments (InstrumentName (..), PercussionSound (..)) where

data InstrumentName
  = AcousticGrandPiano | BrightAcousticPiano | ElectricGrandPiano | HonkyTonkPiano
  | RhodesPiano | ChorusedPiano | Harpsichord | Clavinet
  | Celesta | Glockenspiel | MusicBox | Vibraphone
  | Marimba | Xylophone | TubularBells | Dulcimer
  | HammondOrgan | PercussiveOrgan | RockOrgan | ChurchOrgan
  | ReedOrgan | Accordion | Harmonica | TangoAccordion
  | AcousticGuitarNylon | AcousticGuitarSteel | ElectricGuitarJazz | ElectricGuitarClean
  | ElectricGuitarMuted | OverdrivenGuitar | DistortionGuitar | GuitarHarmonics
  | AcousticBass | ElectricBassFingered | ElectricBassPicked | FretlessBass
  | SlapBass1 | SlapBass2 | SynthBass1 | SynthBass2
  | Violin | Viola | Cello | Contrabass
  | TremoloStrings | PizzicatoStrings | OrchestralHarp | Timpani
  | StringEnsemble1 | StringEnsemble2 | SynthStrings1 | SynthStrings2
  | ChoirAahs | VoiceOohs | SynthVoice | OrchestraHit
  | Trumpet | Trombone | Tuba | MutedTrumpet
  | FrenchHorn | BrassSection | SynthBrass1 | SynthBrass2
  | SopranoSax | AltoSax | TenorSax | BaritoneSax
  | Oboe | EnglishHorn | Bassoon | Clarinet
  | Piccolo | Flute | Recorder | PanFlute
  | BlownBottle | Shakuhachi | Whistle | Ocarina
  | Lead1Square | Lead2Sawtooth | Lead3Calliope | Lead4Chiff
  | Lead5Charang | Lead6Voice | Lead7Fifths | Lead8BassLead
  | Pad1NewAge | Pad2Warm | Pad3Polysynth | Pad4Choir
  | Pad5Bowed | Pad6Metallic | Pad7Halo | Pad8Sweep
  | FX1Train | FX2Soundtrack | FX3Crystal | FX4Atmosphere
  | FX5Brightness | FX6Goblins | FX7Echoes | FX8SciFi
  | Sitar | Banjo | Shamisen | Koto
  | Kalimba | Bagpipe | Fiddle | Shanai
  | TinkleBell | Agogo | SteelDrums | Woodblock
  | TaikoDrum | MelodicDrum | SynthDrum | ReverseCymbal
  | GuitarFretNoise | BreathNoise | Seashore | BirdTweet
  | TelephoneRing | Helicopter | Applause | Gunshot
  | Percussion
  | CustomInstrument String
  deriving (Eq, Ord, Show)

-- `fromEnum` of the 128 General MIDI names is their program number, their position in the
-- declaration (Euterpea 2 reads it from a table in GeneralMidi.hs).
instance Enum InstrumentName where
  fromEnum = primFromEnum
  toEnum = primEnumFromPosition AcousticGrandPiano

data PercussionSound
  = AcousticBassDrum | BassDrum1 | SideStick | AcousticSnare | HandClap | ElectricSnare
  | LowFloorTom | ClosedHiHat | HighFloorTom | PedalHiHat | LowTom | OpenHiHat
  | LowMidTom | HiMidTom | CrashCymbal1 | HighTom | RideCymbal1 | ChineseCymbal
  | RideBell | Tambourine | SplashCymbal | Cowbell | CrashCymbal2 | Vibraslap
  | RideCymbal2 | HiBongo | LowBongo | MuteHiConga | OpenHiConga | LowConga
  | HighTimbale | LowTimbale | HighAgogo | LowAgogo | Cabasa | Maracas
  | ShortWhistle | LongWhistle | ShortGuiro | LongGuiro | Claves | HiWoodBlock
  | LowWoodBlock | MuteCuica | OpenCuica | MuteTriangle | OpenTriangle
  deriving (Eq, Ord, Show, Enum)
