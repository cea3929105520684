-- Sliders and check boxes (the Controller module): the tempo, the transposition and the
-- velocity of the melody are sliders; the bass and the drums can be switched on and off.
-- In the studio each `slider`/`checkBox` call is a widget named by its first argument;
-- moving it changes the value the song reads, from the next bar on. Elsewhere (and before
-- a widget is touched) each control gives its default, the last argument.
--
-- While it plays, try: move the sliders and tick the boxes in the studio; outside it, edit a
-- default (e.g. `slider "tempo" 100 400 150`) and apply.
module Main where

import Controller
import Drum
import Midi
import Pitch

beat :: Time
beat = slider "beat (ms)" 100 400 220

shift :: Integer
shift = slider "transpose" (-12) 12 0

loudness :: Integer
loudness = slider "accent" 0 60 20

main :: [Event (Channel Message)]
main = bar ++ main

bar :: [Event (Channel Message)]
bar = channel 0 (transpose shift (emphasize loudness melody))
  =:= optional (checkBox "bass" True) (channel 1 bass)
  =:= optional (checkBox "drums" False) (drumChannel drums)

-- | The events when the box is ticked, else a pause as long as them.
optional :: Bool -> [Event a] -> [Event a]
optional on events = if on then events else lazyPause events

melody :: [Event Message]
melody = concatMap (note beat) [e 4, g 4, a 4, g 4, e 4, d 4, c 4, d 4]

bass :: [Event Message]
bass = concatMap (note (4 * beat)) [c 3, g 2]

drums :: [Event Message]
drums = concat (replicate 4 (drum bassDrum1 beat ++ drum closedHiHat beat))
