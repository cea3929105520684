-- The live-sequencer's Integer module.
module Integer (isZero) where

isZero :: Integer -> Bool
isZero n = n == 0
