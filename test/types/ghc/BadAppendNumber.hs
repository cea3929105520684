module BadAppendNumber where
-- expect: error: ++ applied to a number where a list is needed

melody :: [Integer]
melody = [60, 62, 64]

longer :: [Integer]
longer = melody ++ 67
