-- A chord progression with a walking bass: I–vi–IV–V in C (C major, A minor, F major,
-- G seventh), a chord per bar on an electric piano (channel 0) over a bass line that walks
-- root, fifth, octave, fifth on an acoustic bass (channel 1).
--
-- While it plays, try: edit `progression` (e.g. `(d 4, minor7)` for a ii chord); change
-- `beat`; make the bass walk another way in `bassFigure`; change the programs in `setup`.
module Main where

import Chord
import Instrument
import Midi
import Pitch

beat :: Time
beat = 400

main :: [Event (Channel Message)]
main = setup ++ loop

setup :: [Event (Channel Message)]
setup = channel 0 (program electricPiano1) ++ channel 1 (program acousticBass)

-- Re-read at every lap, so an edited progression starts at the next lap.
loop :: [Event (Channel Message)]
loop = concatMap bar progression ++ loop

progression :: [(Pitch, Time -> Pitch -> [Event Message])]
progression = [(c 4, major), (a 3, minor), (f 3, major), (g 3, major7)]

bar :: (Pitch, Time -> Pitch -> [Event Message]) -> [Event (Channel Message)]
bar (root, kind) = channel 0 (kind (4 * beat) root) =:= channel 1 (bassFigure (root - 12))

bassFigure :: Pitch -> [Event Message]
bassFigure root = concatMap (\step -> note beat (root + step)) [0, 7, 12, 7]
