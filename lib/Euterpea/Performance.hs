-- Euterpea's performance: a music value becomes the list of its note events (MEvent) with
-- onset and duration in seconds, instrument, MIDI key and volume, ordered by onset time.
-- Tempo, transposition, instruments and phrase attributes are applied exactly as Euterpea
-- applies them; times stay exact fractions and volumes are rounded half to even.
module Euterpea.Performance
  ( MEvent (..), Performance, PTime, DurT, MContext (..), perform, performDur, perform1, perform1Dur, applyControls
  , musicToMEvents, merge, metro
  ) where

import Euterpea.Music
import Euterpea.NotePayload
import Euterpea.Transform (scaleDurations, shiftPitches1)
import Refrain.Primitive (primSameOrigin)

type PTime = Rational
type DurT = Rational

data MEvent = MEvent
  { eTime :: PTime
  , eInst :: InstrumentName
  , ePitch :: AbsPitch
  , eDur :: DurT
  , eVol :: Volume
  , eParams :: [Double]
  }
  deriving (Eq, Ord, Show)

type Performance = [MEvent]

-- Where a part of the music is performed: onset time, instrument, seconds per whole note, volume
-- (Euterpea 2's MEvent.lhs).
data MContext = MContext { mcTime :: PTime, mcInst :: InstrumentName, mcDur :: DurT, mcVol :: Volume }
  deriving Show

-- | The seconds a whole note lasts at bpm beats of the given length per minute.
metro :: Int -> Dur -> DurT
metro bpm beat = 60 / (fromIntegral bpm * beat)

-- | The note events of any music (of Pitch, AbsPitch, (Pitch, Volume), (AbsPitch, Volume) or
-- Note1): 120 quarter beats a minute, volume 127, AcousticGrandPiano unless told otherwise.
perform :: ToMusic1 a => Music a -> Performance
perform m = fst (performDur m)

-- | The performance and its length in seconds.
performDur :: ToMusic1 a => Music a -> (Performance, DurT)
performDur m = perform1Dur (toMusic1 m)

-- | The note events of a Music1 (Euterpea 2's `perform1`).
perform1 :: Music1 -> Performance
perform1 m = fst (perform1Dur m)

-- | The performance of a Music1 and its length in seconds: its tempo and transposition applied
-- to the notes first.
perform1Dur :: Music1 -> (Performance, DurT)
perform1Dur m = musicToMEvents (MContext 0 AcousticGrandPiano (metro 120 qn) 127) (applyControls m)

-- | Tempo and transposition controls applied to the notes themselves (as Euterpea 2 does before
-- a performance); other controls stay.
applyControls :: Music1 -> Music1
applyControls (Modify (Tempo r) m) = scaleDurations r (applyControls m)
applyControls (Modify (Transpose k) m) = shiftPitches1 k (applyControls m)
applyControls (Modify control m) = Modify control (applyControls m)
applyControls (m1 :+: m2) = applyControls m1 :+: applyControls m2
applyControls (m1 :=: m2) = applyControls m1 :=: applyControls m2
applyControls m = m

musicToMEvents :: MContext -> Music1 -> (Performance, DurT)
musicToMEvents context@(MContext t i dt v) m = case m of
  Prim (Note d p) -> ([primSameOrigin m (noteEvent context d p)], d * dt)
  Prim (Rest d) -> ([], d * dt)
  m1 :+: m2 ->
    let (events1, d1) = musicToMEvents context m1
        (events2, d2) = musicToMEvents (MContext (t + d1) i dt v) m2
    in (events1 ++ events2, d1 + d2)
  m1 :=: m2 ->
    let (events1, d1) = musicToMEvents context m1
        (events2, d2) = musicToMEvents context m2
    in (merge events1 events2, max d1 d2)
  Modify (Instrument i') m' -> musicToMEvents (MContext t i' dt v) m'
  Modify (Phrase attributes) m' -> phraseToMEvents context attributes m'
  Modify (KeySig _ _) m' -> musicToMEvents context m'
  Modify (Custom _) m' -> musicToMEvents context m'
  Modify _ _ -> musicToMEvents context (applyControls m)

-- | Merges two performances by onset time; at equal times the right one's event comes first.
merge :: Performance -> Performance -> Performance
merge [] ys = ys
merge xs [] = xs
merge (x : xs) (y : ys)
  | eTime x < eTime y = x : merge xs (y : ys)
  | otherwise = y : merge (x : xs) ys

noteEvent :: MContext -> Dur -> Note1 -> MEvent
noteEvent (MContext t i dt v) d payload =
  let (p, attributes) = payload
  in foldr applyAttribute (MEvent t i (absPitch p) (d * dt) v []) attributes

applyAttribute :: NoteAttribute -> MEvent -> MEvent
applyAttribute (Volume v) (MEvent t i p d _ ps) = MEvent t i p d v ps
applyAttribute (Params ps) (MEvent t i p d v _) = MEvent t i p d v ps
applyAttribute _ event = event

-- Phrase attributes apply from right to left: the last one to the plain performance.
phraseToMEvents :: MContext -> [PhraseAttribute] -> Music1 -> (Performance, DurT)
phraseToMEvents context [] m = musicToMEvents context m
phraseToMEvents context@(MContext t i dt _) (attribute : more) m =
  let inner = phraseToMEvents context more m
      (events, d) = inner
      onEvents f = (map (\e -> primSameOrigin e (f e)) events, d)
      loud x = phraseToMEvents (MContext t i dt (round x)) more m
      start = eTime (head events)
      -- crescendo/diminuendo: volume scaled by 1 + (t - t0) * x / d
      inflate x = onEvents (\(MEvent te ie pe de ve pse) ->
        MEvent te ie pe de (round ((1 + (te - start) * (x / d)) * fromIntegral ve)) pse)
      -- ritardando/accelerando: time stretched by (1 + (t - t0) * r), r = x / d
      stretch x =
        let r = x / d
            update (MEvent te ie pe de ve pse) =
              let dt' = te - start
              in MEvent ((1 + dt' * r) * dt' + start) ie pe ((1 + (2 * dt' + de) * r) * de) ve pse
        in (map (\e -> primSameOrigin e (update e)) events, (1 + x) * d)
      scaleDuration x (MEvent te ie pe de ve pse) = MEvent te ie pe (x * de) ve pse
  in case attribute of
       Dyn (Accent x) ->
         onEvents (\(MEvent te ie pe de ve pse) -> MEvent te ie pe de (round (x * fromIntegral ve)) pse)
       Dyn (StdLoudness l) -> loud (stdLoudness l)
       Dyn (Loudness x) -> loud x
       Dyn (Crescendo x) -> inflate x
       Dyn (Diminuendo x) -> inflate (negate x)
       Tmp (Ritardando x) -> stretch x
       Tmp (Accelerando x) -> stretch (negate x)
       Art (Staccato x) -> onEvents (scaleDuration x)
       Art (Legato x) -> onEvents (scaleDuration x)
       Art (Slurred x) ->
         let lastStart = foldr (\event latest -> max (eTime event) latest) 0 events
         in onEvents (\event -> if eTime event < lastStart then scaleDuration x event else event)
       _ -> inner

stdLoudness :: StdLoudness -> Rational
stdLoudness l = case l of
  PPP -> 40; PP -> 50; P -> 60; MP -> 70; SF -> 80; MF -> 90; NF -> 100; FF -> 110; FFF -> 120
