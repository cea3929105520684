-- Euterpea's music values: pitches, durations, notes and rests, their sequential (:+:) and
-- parallel (:=:) composition and the controls that modify them (tempo, transposition,
-- instrument, phrasing, key). Durations are exact fractions of a whole note.
module Euterpea.Music
  ( -- types
    AbsPitch, Octave, Pitch, Dur, Volume, Note1, Music1
  , PitchClass (..), Primitive (..), Music (..), Control (..), Mode (..)
  , PhraseAttribute (..), Dynamic (..), StdLoudness (..), Tempo (..), Articulation (..)
  , Ornament (..), NoteHead (..), NoteAttribute (..)
  , InstrumentName (..), PercussionSound (..)
    -- building music
  , note, rest, tempo, transpose, instrument, phrase, keysig, perc
    -- pitches
  , pcToInt, absPitch, pitch, trans
  , cff, cf, c, cs, css, dff, df, d, ds, dss, eff, ef, e, es, ess, fff, ff, f, fs, fss
  , gff, gf, g, gs, gss, aff, af, a, as, ass, bff, bf, b, bs, bss
    -- durations and rests
  , bn, wn, hn, qn, en, sn, tn, sfn, dwn, dhn, dqn, den, dsn, dtn, ddhn, ddqn, dden
  , bnr, wnr, hnr, qnr, enr, snr, tnr, sfnr, dwnr, dhnr, dqnr, denr, dsnr, dtnr, ddhnr, ddqnr, ddenr
  ) where

import Euterpea.Instruments

infixr 5 :+:, :=:

type AbsPitch = Int
type Octave = Int
type Pitch = (PitchClass, Octave)
type Dur = Rational
type Volume = Int

data PitchClass
  = Cff | Cf | C | Dff | Cs | Df | Css | D | Eff | Ds | Ef | Fff | Dss | E | Ff | Es | F | Gff
  | Ess | Fs | Gf | Fss | G | Aff | Gs | Af | Gss | A | Bff | As | Bf | Ass | B | Bs | Bss
  deriving (Eq, Ord, Show, Enum, Bounded)

data Primitive a = Note Dur a | Rest Dur
  deriving (Eq, Ord, Show)

data Music a
  = Prim (Primitive a)
  | Music a :+: Music a
  | Music a :=: Music a
  | Modify Control (Music a)
  deriving (Eq, Ord, Show)

data Control
  = Tempo Rational
  | Transpose AbsPitch
  | Instrument InstrumentName
  | Phrase [PhraseAttribute]
  | KeySig PitchClass Mode
  | Custom String
  deriving (Eq, Ord, Show)

data Mode
  = Major | Minor | Ionian | Dorian | Phrygian | Lydian | Mixolydian | Aeolian | Locrian
  | CustomMode String
  deriving (Eq, Ord, Show)

data PhraseAttribute = Dyn Dynamic | Tmp Tempo | Art Articulation | Orn Ornament
  deriving (Eq, Ord, Show)

data Dynamic
  = Accent Rational | Crescendo Rational | Diminuendo Rational
  | StdLoudness StdLoudness | Loudness Rational
  deriving (Eq, Ord, Show)

data StdLoudness = PPP | PP | P | MP | SF | MF | NF | FF | FFF
  deriving (Eq, Ord, Show, Enum)

data Tempo = Ritardando Rational | Accelerando Rational
  deriving (Eq, Ord, Show)

data Articulation
  = Staccato Rational | Legato Rational | Slurred Rational
  | Tenuto | Marcato | Pedal | Fermata | FermataDown | Breath | DownBow | UpBow | Harmonic
  | Pizzicato | LeftPizz | BartokPizz | Swell | Wedge | Thumb | Stopped
  deriving (Eq, Ord, Show)

data Ornament
  = Trill | Mordent | InvMordent | DoubleMordent | Turn | TrilledTurn | ShortTrill
  | Arpeggio | ArpeggioUp | ArpeggioDown | Instruction String | Head NoteHead | DiatonicTrans Int
  deriving (Eq, Ord, Show)

data NoteHead
  = DiamondHead | SquareHead | XHead | TriangleHead | TremoloHead | SlashHead | ArtHarmonic | NoHead
  deriving (Eq, Ord, Show)

data NoteAttribute = Volume Int | Fingering Integer | Dynamics String | Params [Double]
  deriving (Eq, Show)

type Note1 = (Pitch, [NoteAttribute])
type Music1 = Music Note1

-- Building music -----------------------------------------------------------------------------

note :: Dur -> a -> Music a
note dur p = Prim (Note dur p)

rest :: Dur -> Music a
rest dur = Prim (Rest dur)

-- | `tempo 2 m` plays m twice as fast.
tempo :: Rational -> Music a -> Music a
tempo r m = Modify (Tempo r) m

transpose :: AbsPitch -> Music a -> Music a
transpose i m = Modify (Transpose i) m

instrument :: InstrumentName -> Music a -> Music a
instrument i m = Modify (Instrument i) m

phrase :: [PhraseAttribute] -> Music a -> Music a
phrase attributes m = Modify (Phrase attributes) m

keysig :: PitchClass -> Mode -> Music a -> Music a
keysig pc mode m = Modify (KeySig pc mode) m

-- | A percussion sound of the given duration, on the percussion instrument.
perc :: PercussionSound -> Dur -> Music Pitch
perc sound dur = instrument Percussion (note dur (pitch (fromEnum sound + 35)))

-- Pitches ------------------------------------------------------------------------------------

-- | Semitones above C: C 0, each sharp +1, each flat -1 (so Cff is -2 and Bss is 13).
pcToInt :: PitchClass -> Int
pcToInt pc = case pc of
  Cff -> -2; Cf -> -1; C -> 0; Cs -> 1; Css -> 2
  Dff -> 0; Df -> 1; D -> 2; Ds -> 3; Dss -> 4
  Eff -> 2; Ef -> 3; E -> 4; Es -> 5; Ess -> 6
  Fff -> 3; Ff -> 4; F -> 5; Fs -> 6; Fss -> 7
  Gff -> 5; Gf -> 6; G -> 7; Gs -> 8; Gss -> 9
  Aff -> 7; Af -> 8; A -> 9; As -> 10; Ass -> 11
  Bff -> 9; Bf -> 10; B -> 11; Bs -> 12; Bss -> 13

-- | The MIDI key of a pitch: `absPitch (C, 4) == 60`.
absPitch :: Pitch -> AbsPitch
absPitch (pc, oct) = 12 * (oct + 1) + pcToInt pc

-- | The pitch of a MIDI key, spelled with sharps: `pitch 61 == (Cs, 4)`.
pitch :: AbsPitch -> Pitch
pitch ap =
  let (oct, n) = ap `divMod` 12
  in ([C, Cs, D, Ds, E, F, Fs, G, Gs, A, As, B] !! n, oct - 1)

trans :: Int -> Pitch -> Pitch
trans i p = pitch (absPitch p + i)

-- (Written with both arguments, so that a song's `a 5 en` is the call a note is traced back to.)
cff, cf, c, cs, css, dff, df, d, ds, dss, eff, ef, e, es, ess :: Octave -> Dur -> Music Pitch
fff, ff, f, fs, fss, gff, gf, g, gs, gss :: Octave -> Dur -> Music Pitch
aff, af, a, as, ass, bff, bf, b, bs, bss :: Octave -> Dur -> Music Pitch
cff oct dur = noteOf Cff oct dur
cf oct dur = noteOf Cf oct dur
c oct dur = noteOf C oct dur
cs oct dur = noteOf Cs oct dur
css oct dur = noteOf Css oct dur
dff oct dur = noteOf Dff oct dur
df oct dur = noteOf Df oct dur
d oct dur = noteOf D oct dur
ds oct dur = noteOf Ds oct dur
dss oct dur = noteOf Dss oct dur
eff oct dur = noteOf Eff oct dur
ef oct dur = noteOf Ef oct dur
e oct dur = noteOf E oct dur
es oct dur = noteOf Es oct dur
ess oct dur = noteOf Ess oct dur
fff oct dur = noteOf Fff oct dur
ff oct dur = noteOf Ff oct dur
f oct dur = noteOf F oct dur
fs oct dur = noteOf Fs oct dur
fss oct dur = noteOf Fss oct dur
gff oct dur = noteOf Gff oct dur
gf oct dur = noteOf Gf oct dur
g oct dur = noteOf G oct dur
gs oct dur = noteOf Gs oct dur
gss oct dur = noteOf Gss oct dur
aff oct dur = noteOf Aff oct dur
af oct dur = noteOf Af oct dur
a oct dur = noteOf A oct dur
as oct dur = noteOf As oct dur
ass oct dur = noteOf Ass oct dur
bff oct dur = noteOf Bff oct dur
bf oct dur = noteOf Bf oct dur
b oct dur = noteOf B oct dur
bs oct dur = noteOf Bs oct dur
bss oct dur = noteOf Bss oct dur

noteOf :: PitchClass -> Octave -> Dur -> Music Pitch
noteOf pc oct dur = note dur (pc, oct)

-- Durations (in whole notes) and rests -------------------------------------------------------

bn, wn, hn, qn, en, sn, tn, sfn, dwn, dhn, dqn, den, dsn, dtn, ddhn, ddqn, dden :: Dur
bn = 2
wn = 1
hn = 1 / 2
qn = 1 / 4
en = 1 / 8
sn = 1 / 16
tn = 1 / 32
sfn = 1 / 64
dwn = 3 / 2
dhn = 3 / 4
dqn = 3 / 8
den = 3 / 16
dsn = 3 / 32
dtn = 3 / 64
ddhn = 7 / 8
ddqn = 7 / 16
dden = 7 / 32

bnr, wnr, hnr, qnr, enr, snr, tnr, sfnr :: Music Pitch
dwnr, dhnr, dqnr, denr, dsnr, dtnr, ddhnr, ddqnr, ddenr :: Music Pitch
bnr = rest bn
wnr = rest wn
hnr = rest hn
qnr = rest qn
enr = rest en
snr = rest sn
tnr = rest tn
sfnr = rest sfn
dwnr = rest dwn
dhnr = rest dhn
dqnr = rest dqn
denr = rest den
dsnr = rest dsn
dtnr = rest dtn
ddhnr = rest ddhn
ddqnr = rest ddqn
ddenr = rest dden
