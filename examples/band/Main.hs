-- A song for several participants, one module each: Drums, Bass and Keys play over the
-- shared Groove (tempo and chords). Main sets up the instruments and plays the parts
-- together, bar after bar; every part is re-read at each bar, so an edit submitted by any
-- participant is heard from the next bar on. Below the line of dashes a module is editable
-- in the studio; above it, it is fixed.
--
-- To try it: refrain serve examples/band, open the page in several browsers, and let each
-- player take a module. Change the chords in Groove.hs to change everybody's harmony.
module Main where

import Midi
import Groove
import qualified Drums
import qualified Bass
import qualified Keys

main :: [Event (Channel Message)]
main = Keys.setup ++ Bass.setup ++ bars 0

-------- The arrangement: which parts play in bar n.
bars :: Integer -> [Event (Channel Message)]
bars n = (Drums.bar n =:= Bass.bar n =:= Keys.bar n) ++ bars (n + 1)
