module OkMonomorphismOneType where
-- expect: ok (argument-less bindings restricted by the monomorphism restriction, used at one type)

plus = (+)

total :: Integer
total = plus 1 2 + plus 3 4

(lo, hi) = (min, max)

clamp :: Integer -> Integer
clamp v = lo 127 (hi 0 v)
