-- The performances of the HSoM examples compared with GHC (see hsom-examples.test.ts).
module Performances where
import Euterpea
import HSoM.Examples.Interlude
import HSoM.Examples.MoreMusic
import HSoM.Examples.SelfSimilar hiding (m1, m2, m3, m4)
import HSoM.Examples.SSF
import Data.Ratio
notes :: Performance -> [((Integer, Integer), Int, (Integer, Integer), Int)]
notes m = [((numerator (eTime e), denominator (eTime e)), ePitch e, (numerator (eDur e), denominator (eDur e)), eVol e) | e <- m]
