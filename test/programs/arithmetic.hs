-- Arithmetic with Haskell semantics: div/mod floor, quot/rem truncate, Doubles and Rationals.
-- The expected lines are GHC's:
--   { echo 'import Data.Ratio'; sed 's/^main =/outputs =/' test/programs/arithmetic.hs;
--     echo 'main = mapM_ putStrLn outputs'; } > /tmp/arithmetic.hs && runghc /tmp/arithmetic.hs
main =
  [ show (7 `div` 2, 7 `mod` 2, (-7) `div` 2, (-7) `mod` 2)
  , show (7 `quot` 2, 7 `rem` 2, (-7) `quot` 2, (-7) `rem` 2)
  , show (7 `div` (-2), 7 `mod` (-2))
  , show (1 / 3 + 1 / 6)
  , show (3 / 4 * 4)
  , show (2 ^ 10, gcd 12 18, lcm 4 6)
  , show (abs (-3), signum (-3), signum 0)
  , show (round 2.5, round 3.5, round (-2.5), truncate (-7 / 2), floor (-7 / 2), ceiling (7 / 2))
  , show (compare 1 2, compare 2 2, max 3 9, min 3 9)
  , show (numerator (6 / 4), denominator (6 / 4))
  , show (fromIntegral 3 + 0.5)
  , show (2 ^ 64 `div` 3)
  , show (9007199254740993 + 1)
  , show (sqrt 2)
  ]
-- expect: (3,1,-4,1)
-- expect: (3,1,-3,-1)
-- expect: (-4,-1)
-- expect: 0.5
-- expect: 3.0
-- expect: (1024,6,12)
-- expect: (3,-1,0)
-- expect: (2,4,-2,-3,-4,4)
-- expect: (LT,EQ,9,3)
-- expect: (3,2)
-- expect: 3.5
-- expect: 6148914691236517205
-- expect: 9007199254740994
-- expect: 1.4142135623730951
