module BadFractionalInteger where
-- expect: error: / on Integer (no Fractional Integer instance)

half :: Integer -> Integer
half x = x / 2
