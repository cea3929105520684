module BadMinusSection where
-- expect: error: (- 1) is negation, not a section, so map gets a number as its function

lower :: [Integer]
lower = map (- 1) [60, 62]
