module BadDivFractionalNoSig where
-- expect: error: div on the result of /, no signature: Fractional and Integral on one variable; defaulting fails

beats = (7 / 2) `div` 2
