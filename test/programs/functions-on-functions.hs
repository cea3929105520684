-- Data.Ord, Data.Function and Control.Arrow on plain functions. The expected lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/functions-on-functions.hs > /tmp/f.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/f.hs && runghc /tmp/f.hs
import Data.List (sortBy, groupBy)
import Data.Ord (comparing)
import Data.Function (on, (&))
import Control.Arrow (first, second, (***), (&&&), (>>>), (<<<))

pairs :: [(Integer, Integer)]
pairs = [(3, 1), (1, 2), (3, 0), (2, 5), (1, 1)]

main =
  [ show (sortBy (comparing snd) pairs)
  , show (map (map fst) (groupBy ((==) `on` fst) (sortBy (comparing fst) pairs)))
  , show (pairs & map fst & sum)
  , show (first (+ 12) (60 :: Integer, 'q'), second length ('a', "abc"))
  , show (((* 2) *** negate) (3 :: Integer, 4 :: Integer))
  , show ((length &&& sum) [1, 2, 3 :: Integer])
  , show (((+ 1) >>> (* 2)) (5 :: Integer), ((+ 1) <<< (* 2)) (5 :: Integer))
  , show (map (fst &&& snd >>> second negate) pairs)
  ]
-- expect: [(3,0),(3,1),(1,1),(1,2),(2,5)]
-- expect: [[1,1],[2],[3,3]]
-- expect: 10
-- expect: ((72,'q'),('a',3))
-- expect: (6,-4)
-- expect: (3,6)
-- expect: (12,11)
-- expect: [(3,-1),(1,-2),(3,0),(2,-5),(1,-1)]
