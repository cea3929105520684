-- A canon by transposition and delay: "Row, row, row your boat" against itself. The second
-- voice enters two bars later an octave lower, the third two bars after that an octave
-- higher, each on its own channel; `mergeMany` plays the delayed copies together.
--
-- While it plays (it repeats), try: change `delay` to 1 bar or 3; change the intervals in
-- `voices` (7 for a canon at the fifth); add a fourth voice; change `eighth`.
module Main where

import Instrument
import Midi
import Pitch

-- | An eighth note in 6/8 time, in milliseconds.
eighth :: Time
eighth = 180

bar :: Time
bar = 6 * eighth

delay :: Time
delay = 2 * bar

main :: [Event (Channel Message)]
main = concat [channel k (program sound) | (k, sound, _) <- voices] ++ loop

loop :: [Event (Channel Message)]
loop = canon ++ loop

-- | (channel, program, transposition) of each voice, in order of entry.
voices :: [(Integer, Integer, Integer)]
voices = [(0, flute, 0), (1, bassoon, -12), (2, celesta, 12)]

canon :: [Event (Channel Message)]
canon = mergeMany (zipWith voice [0 ..] voices)

voice :: Integer -> (Integer, Integer, Integer) -> [Event (Channel Message)]
voice entry (k, _, interval) = channel k (pause (entry * delay) ++ transpose interval theme)

pause :: Time -> [Event a]
pause t = if t > 0 then rest t else []

-- (length in eighths, pitch)
theme :: [Event Message]
theme = concatMap (\(eighths, p) -> note (eighths * eighth) p)
  [ (3, c 5), (3, c 5)
  , (2, c 5), (1, d 5), (3, e 5)
  , (2, e 5), (1, d 5), (2, e 5), (1, f 5)
  , (6, g 5)
  , (1, c 6), (1, c 6), (1, c 6), (1, g 5), (1, g 5), (1, g 5)
  , (1, e 5), (1, e 5), (1, e 5), (1, c 5), (1, c 5), (1, c 5)
  , (2, g 5), (1, f 5), (2, e 5), (1, d 5)
  , (6, c 5)
  ]
