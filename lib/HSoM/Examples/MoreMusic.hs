-- The helper functions of HSoM's chapter 6 ("More Music", the HSoM package's
-- HSoM.Examples.MoreMusic): lines of repeated notes, trills, rolls, grace notes and repetition
-- with transformation. The chapter's example pieces are not here; a checkout of HSoM on -I
-- replaces this module with the whole one.
module HSoM.Examples.MoreMusic (mkLn, trill, trill', trilln, trilln', roll, rolln, grace, grace2, rep) where

import Euterpea

-- | n notes of length d and pitch p, in a line.
mkLn :: Int -> p -> Dur -> Music p
mkLn n p d = line (replicate n (note d p))

-- | `trill i sDur m` alternates the note with the one i semitones away, in notes of sDur.
trill :: Int -> Dur -> Music Pitch -> Music Pitch
trill i sDur (Prim (Note tDur p))
  | sDur >= tDur = note tDur p
  | otherwise = note sDur p :+: trill (negate i) sDur (note (tDur - sDur) (trans i p))
trill i d (Modify (Tempo r) m) = tempo r (trill i (d * r) m)
trill i d (Modify control m) = Modify control (trill i d m)
trill _ _ _ = error "trill: input must be a single note."

-- | A trill that starts on the other note.
trill' :: Int -> Dur -> Music Pitch -> Music Pitch
trill' i sDur m = trill (negate i) sDur (transpose i m)

-- | A trill of n notes.
trilln :: Int -> Int -> Music Pitch -> Music Pitch
trilln i n m = trill i (dur m / fromIntegral n) m

trilln' :: Int -> Int -> Music Pitch -> Music Pitch
trilln' i n m = trilln (negate i) n (transpose i m)

-- | The note repeated in notes of the given length (a drum roll).
roll :: Dur -> Music Pitch -> Music Pitch
roll d m = trill 0 d m

rolln :: Int -> Music Pitch -> Music Pitch
rolln n m = trilln 0 n m

-- | `grace n r` turns a note into a grace note n semitones away, taking the fraction r of the
-- note's time on the beat, followed by the note for the rest of its time.
grace :: Int -> Rational -> Music Pitch -> Music Pitch
grace n r (Prim (Note d p)) = note (r * d) (trans n p) :+: note ((1 - r) * d) p
grace _ _ _ = error "grace: can only add a grace note to a note"

-- | `grace2 n r m1 m2`: a grace note n semitones from m2, taking the fraction r of m2's time
-- from the end of m1.
grace2 :: Int -> Rational -> Music Pitch -> Music Pitch -> Music Pitch
grace2 n r (Prim (Note d1 p1)) (Prim (Note d2 p2)) =
  note (d1 - r * d2) p1 :+: note (r * d2) (trans n p2) :+: note d2 p2
grace2 _ _ _ _ = error "grace2: can only add a grace note to a note"

-- | `rep f g n m`: m, together with g of the repetition of f m, n times in all.
rep :: (Music a -> Music a) -> (Music a -> Music a) -> Int -> Music a -> Music a
rep _ _ 0 _ = rest 0
rep f g n m = m :=: g (rep f g (n - 1) (f m))
