module BadMonomorphismPattern where
-- expect: error: monomorphism restriction: a pattern-bound overloaded binding (lo) used at two types

(lo, hi) = (min, max)

low :: Integer
low = lo 1 2

lowest :: Char
lowest = lo 'a' 'b'
