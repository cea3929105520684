module OkSignatureLessGeneral where
-- expect: ok (a signature may be less general than the inferred type)

ident :: Integer -> Integer
ident x = x

firstOf :: (String, Integer) -> String
firstOf (a, _) = a

swapInts :: (Int, Int) -> (Int, Int)
swapInts (a, b) = (b, a)
