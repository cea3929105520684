-- The bass player's part of the band (channel 1): `bar n` plays under bar n's chord.
-- Every bar must last `barLength` (8 eighths).
module Bass (setup, bar) where

import Instrument
import Midi
import Groove

setup :: [Event (Channel Message)]
setup = channel 1 (program electricBassFinger)

-------- Edit below: the bass line.
bar :: Integer -> [Event (Channel Message)]
bar n = channel 1 (figure (rootOf n))

-- Root, root, fifth, octave, in eighths: 3 + 1 + 2 + 2.
figure :: Integer -> [Event Message]
figure root = concat
  [ note (3 * eighth) root, note eighth root
  , note (2 * eighth) (root + 7), note (2 * eighth) (root + 12) ]
