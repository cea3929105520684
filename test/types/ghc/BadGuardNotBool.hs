module BadGuardNotBool where
-- expect: error: a guard of type Integer instead of Bool

dynamic :: Integer -> String
dynamic v
  | v = "loud"
  | otherwise = "soft"
