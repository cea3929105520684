-- Haskell's number types: Double is an IEEE double with GHC's `show`, Rational stays exact,
-- literals take the type they are used at, defaulting picks Integer, then Double. The expected
-- lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/numbers.hs > /tmp/n.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/n.hs && runghc /tmp/n.hs
import Data.Ratio

average :: [Double] -> Double
average xs = sum xs / fromIntegral (length xs)

half :: Fractional a => a -> a
half x = x / 2

main =
  [ show (0.1 + 0.2, 1 / 3, 2 ^^ (-2), 10 / 4)
  , show (1.0e-2, 1.5e7, 0.1, 12345678.9, 1.0e22, 5.0e-324, -0.0 :: Double)
  , show (half 3 :: Double, half 3 :: Rational, average [1, 2, 3, 4])
  , show (fromIntegral (3 :: Int) :: Double, realToFrac (1.5 :: Double) :: Rational, toRational (0.1 :: Double))
  , show (truncate (-2.7 :: Double), round (2.5 :: Double), round (3.5 :: Double), floor (-0.5 :: Double), ceiling (2.1 :: Double))
  , show (properFraction (3.75 :: Double) :: (Integer, Double), properFraction (7 % 2 :: Rational) :: (Integer, Rational))
  , show ([1.0, 1.5 .. 3.0], [0.1, 0.2 .. 0.5] :: [Double], [1 % 2, 1 .. 2] :: [Rational])
  , show (Just (-1.5), [sqrt 2, pi, exp 1], 2 ** 0.5, 7 `div` 2, 7 `mod` (-2), (-7) `quot` 2, (-7) `rem` 2)
  , show (1 % 1 :: Rational, 3 % 6 :: Rational, numerator (6 % 8), fromRational (3 % 8) :: Double)
  , show (2 ^ 70, product [1 .. 20 :: Integer], fromIntegral (2 ^ 62 :: Integer) :: Double)
  , show (minimum [2.5, 1.5], maximum [1 % 3, 1 % 2], compare 0.1 (1 / 10), 0.5 == (1 / 2 :: Double))
  ]
-- expect: (0.30000000000000004,0.3333333333333333,0.25,2.5)
-- expect: (1.0e-2,1.5e7,0.1,1.23456789e7,1.0e22,5.0e-324,-0.0)
-- expect: (1.5,3 % 2,2.5)
-- expect: (3.0,3 % 2,3602879701896397 % 36028797018963968)
-- expect: (-2,2,4,-1,3)
-- expect: ((3,0.75),(3,1 % 2))
-- expect: ([1.0,1.5,2.0,2.5,3.0],[0.1,0.2,0.30000000000000004,0.4,0.5],[1 % 2,1 % 1,3 % 2,2 % 1])
-- expect: (Just (-1.5),[1.4142135623730951,3.141592653589793,2.718281828459045],1.4142135623730951,3,-1,-3,-1)
-- expect: (1 % 1,1 % 2,3,0.375)
-- expect: (1180591620717411303424,2432902008176640000,4.611686018427388e18)
-- expect: (1.5,1 % 2,EQ,True)
