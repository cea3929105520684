-- Operations on Euterpea music: lines and chords from lists, repetition, duration, cutting (also
-- by lazy durations, for infinite music), retrograde and inversion, maps and folds over the notes.
-- The book's own helpers (addDur, graceNote, trill, roll, …) are in HSoM.Examples.*.
module Euterpea.Transform
  ( line, chord, line1, chord1, offset, times, forever, lineToList
  , dur, cut, remove, removeZeros, (/=:), LazyDur, durL, mergeLD, minL, cutL
  , retro, invertAt, invertAt1, invert, invert1, retroInvert, invertRetro
  , pMap, mMap, mFold, shiftPitches, shiftPitches1, scaleDurations, changeInstrument, removeInstruments
  , addVolume
  ) where

import Euterpea.Music
import Refrain.Primitive (primSameOrigin)

-- Lines, chords, repetition ------------------------------------------------------------------

-- | One after the other, ending with `rest 0`.
line :: [Music a] -> Music a
line = foldr (:+:) (rest 0)

-- | All at once, with a `rest 0` as the last part.
chord :: [Music a] -> Music a
chord = foldr (:=:) (rest 0)

line1, chord1 :: [Music a] -> Music a
line1 = foldr1 (:+:)
chord1 = foldr1 (:=:)

offset :: Dur -> Music a -> Music a
offset delay m = rest delay :+: m

times :: Int -> Music a -> Music a
times n m
  | n <= 0 = rest 0
  | otherwise = m :+: times (n - 1) m

forever :: Music a -> Music a
forever m = m :+: forever m

-- | The parts of a music value built by 'line'.
lineToList :: Music a -> [Music a]
lineToList (Prim (Rest 0)) = []
lineToList (m :+: ms) = m : lineToList ms
lineToList _ = error "lineToList: argument not created by function line"

-- Duration and cutting -----------------------------------------------------------------------

-- | The length in whole notes (a tempo of r divides it by r; a chord lasts as its longest part).
dur :: Music a -> Dur
dur (Prim (Note d _)) = d
dur (Prim (Rest d)) = d
dur (m1 :+: m2) = dur m1 + dur m2
dur (m1 :=: m2) = dur m1 `max` dur m2
dur (Modify (Tempo r) m) = dur m / r
dur (Modify _ m) = dur m

-- | The first d whole notes of the music; a note cut to nothing becomes `rest 0` (as in Euterpea 2).
cut :: Dur -> Music a -> Music a
cut d m
  | d <= 0 = rest 0
  | otherwise = case m of
      Prim (Note oldD p) -> primSameOrigin m (noteOrNothing (min oldD d) p)
      Prim (Rest oldD) -> rest (min oldD d)
      m1 :=: m2 -> cut d m1 :=: cut d m2
      m1 :+: m2 -> let m1' = cut d m1 in m1' :+: cut (d - dur m1') m2
      Modify (Tempo r) m' -> tempo r (cut (d * r) m')
      Modify control m' -> Modify control (cut d m')

-- | The music without its first d whole notes; a note removed entirely becomes `rest 0` (as in Euterpea 2).
remove :: Dur -> Music a -> Music a
remove d m
  | d <= 0 = m
  | otherwise = case m of
      Prim (Note oldD p) -> primSameOrigin m (noteOrNothing (oldD - d) p)
      Prim (Rest oldD) -> rest (max (oldD - d) 0)
      m1 :=: m2 -> remove d m1 :=: remove d m2
      m1 :+: m2 -> remove d m1 :+: remove (d - dur m1) m2
      Modify (Tempo r) m' -> tempo r (remove (d * r) m')
      Modify control m' -> Modify control (remove d m')

-- | A note of length d, or `rest 0` when nothing of it is left.
noteOrNothing :: Dur -> a -> Music a
noteOrNothing d p = if d > 0 then note d p else rest 0

-- | Removes notes and rests of length zero.
removeZeros :: Music a -> Music a
removeZeros m@(Prim _) = m
removeZeros (m1 :+: m2) = dropZero (:+:) (removeZeros m1) (removeZeros m2)
removeZeros (m1 :=: m2) = dropZero (:=:) (removeZeros m1) (removeZeros m2)
removeZeros (Modify control m) = Modify control (removeZeros m)

dropZero :: (Music a -> Music a -> Music a) -> Music a -> Music a -> Music a
dropZero combine m1 m2
  | isZero m1 = m2
  | isZero m2 = m1
  | otherwise = combine m1 m2
  where
    isZero (Prim (Note 0 _)) = True
    isZero (Prim (Rest 0)) = True
    isZero _ = False

-- | Both parts at once, each cut to the length of the shorter; works when one is infinite.
(/=:) :: Music a -> Music a -> Music a
m1 /=: m2 = cutL (durL m2) m1 :=: cutL (durL m1) m2

-- | The times (in whole notes) at which the parts of the music end, in order, lazily.
type LazyDur = [Dur]

durL :: Music a -> LazyDur
durL m@(Prim _) = [dur m]
durL (m1 :+: m2) = let d1 = durL m1 in d1 ++ map (+ last d1) (durL m2)
durL (m1 :=: m2) = mergeLD (durL m1) (durL m2)
durL (Modify (Tempo r) m) = map (/ r) (durL m)
durL (Modify _ m) = durL m

-- | Two lazy durations merged in order.
mergeLD :: LazyDur -> LazyDur -> LazyDur
mergeLD [] ys = ys
mergeLD xs [] = xs
mergeLD (x : xs) (y : ys)
  | x < y = x : mergeLD xs (y : ys)
  | otherwise = y : mergeLD (x : xs) ys

-- | The smaller of d and the lazy duration, looking only as far as needed.
minL :: LazyDur -> Dur -> Dur
minL [] d = d
minL [x] d = min x d
minL (x : xs) d = if x < d then minL xs d else d

-- | The music cut to the lazy duration.
cutL :: LazyDur -> Music a -> Music a
cutL [] _ = rest 0
cutL ds@(d : more) m
  | d <= 0 = cutL more m
  | otherwise = case m of
      Prim (Note oldD p) -> primSameOrigin m (note (minL ds oldD) p)
      Prim (Rest oldD) -> rest (minL ds oldD)
      m1 :=: m2 -> cutL ds m1 :=: cutL ds m2
      m1 :+: m2 -> let m1' = cutL ds m1 in m1' :+: cutL (map (subtract (dur m1')) ds) m2
      Modify (Tempo r) m' -> tempo r (cutL (map (* r) ds) m')
      Modify control m' -> Modify control (cutL ds m')

-- Retrograde and inversion -------------------------------------------------------------------

-- | The music backwards; the shorter part of a chord gets a leading rest.
retro :: Music a -> Music a
retro m@(Prim _) = m
retro (Modify control m) = Modify control (retro m)
retro (m1 :+: m2) = retro m2 :+: retro m1
retro (m1 :=: m2) =
  let d1 = dur m1
      d2 = dur m2
  in if d1 > d2
       then retro m1 :=: (rest (d1 - d2) :+: retro m2)
       else (rest (d2 - d1) :+: retro m1) :=: retro m2

-- | Mirrors every pitch around the reference pitch.
invertAt :: Pitch -> Music Pitch -> Music Pitch
invertAt ref = mMap (\p -> pitch (2 * absPitch ref - absPitch p))

-- | The same for notes carrying more than a pitch.
invertAt1 :: Pitch -> Music (Pitch, a) -> Music (Pitch, a)
invertAt1 ref = mMap (\(p, x) -> (pitch (2 * absPitch ref - absPitch p), x))

-- | Mirrors every pitch around the first note's pitch.
invert :: Music Pitch -> Music Pitch
invert m = case mFold notePitches (++) (++) (\_ ps -> ps) m of
    [] -> m
    (ref : _) -> invertAt ref m
  where
    notePitches (Note _ p) = [p]
    notePitches (Rest _) = []

invert1 :: Music (Pitch, a) -> Music (Pitch, a)
invert1 m = case mFold notePitches (++) (++) (\_ ps -> ps) m of
    [] -> m
    (ref : _) -> invertAt1 ref m
  where
    notePitches (Note _ (p, _)) = [p]
    notePitches (Rest _) = []

retroInvert, invertRetro :: Music Pitch -> Music Pitch
retroInvert = retro . invert
invertRetro = invert . retro

-- Maps and folds -----------------------------------------------------------------------------

pMap :: (a -> b) -> Primitive a -> Primitive b
pMap f (Note d x) = Note d (f x)
pMap _ (Rest d) = Rest d

-- | Applies the function to every note's pitch (or other payload).
mMap :: (a -> b) -> Music a -> Music b
-- (A note made from another keeps the place in the song where that one was written:
-- `primSameOrigin`, see src/reduce/origins.ts.)
mMap f m@(Prim p) = primSameOrigin m (Prim (pMap f p))
mMap f (m1 :+: m2) = mMap f m1 :+: mMap f m2
mMap f (m1 :=: m2) = mMap f m1 :=: mMap f m2
mMap f (Modify control m) = Modify control (mMap f m)

-- | Music is a Functor, as in Euterpea: `fmap` is 'mMap'.
instance Functor Music where
  fmap = mMap

mFold :: (Primitive a -> b) -> (b -> b -> b) -> (b -> b -> b) -> (Control -> b -> b) -> Music a -> b
mFold prim sequential parallel modify m = case m of
    Prim p -> prim p
    m1 :+: m2 -> sequential (fold m1) (fold m2)
    m1 :=: m2 -> parallel (fold m1) (fold m2)
    Modify control m' -> modify control (fold m')
  where
    fold = mFold prim sequential parallel modify

shiftPitches :: AbsPitch -> Music Pitch -> Music Pitch
shiftPitches k = mMap (trans k)

-- | Transposes the pitches of music whose notes carry more than a pitch (a Music1's, say).
shiftPitches1 :: AbsPitch -> Music (Pitch, b) -> Music (Pitch, b)
shiftPitches1 k = mMap (\(p, extra) -> (trans k p, extra))

-- | Divides every duration by r (r = 2 is twice as fast), without a tempo control.
scaleDurations :: Rational -> Music a -> Music a
scaleDurations r m@(Prim (Note d p)) = primSameOrigin m (note (d / r) p)
scaleDurations r (Prim (Rest d)) = rest (d / r)
scaleDurations r (m1 :+: m2) = scaleDurations r m1 :+: scaleDurations r m2
scaleDurations r (m1 :=: m2) = scaleDurations r m1 :=: scaleDurations r m2
scaleDurations r (Modify control m) = Modify control (scaleDurations r m)

changeInstrument :: InstrumentName -> Music a -> Music a
changeInstrument i m = instrument i (removeInstruments m)

removeInstruments :: Music a -> Music a
removeInstruments (Modify (Instrument _) m) = removeInstruments m
removeInstruments (Modify control m) = Modify control (removeInstruments m)
removeInstruments (m1 :+: m2) = removeInstruments m1 :+: removeInstruments m2
removeInstruments (m1 :=: m2) = removeInstruments m1 :=: removeInstruments m2
removeInstruments m = m

-- | Pairs every pitch with the volume.
addVolume :: Volume -> Music Pitch -> Music (Pitch, Volume)
addVolume v = mMap (\p -> (p, v))
