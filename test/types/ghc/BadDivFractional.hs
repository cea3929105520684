module BadDivFractional where
-- expect: error: div on a Double (no Integral Double instance)

beats :: Double
beats = (7 / 2) `div` 2
