module BadMonomorphismArgless where
-- expect: error: monomorphism restriction: an argument-less overloaded binding used at two types

plus = (+)

total :: Integer
total = plus 1 2

half :: Double
half = plus 0.25 0.25
