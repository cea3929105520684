-- Data.Ratio: exact fractions. Every number is exact in Refrain, so these are the built-in
-- primitives: `3 % 4` is the rational three quarters, `numerator (6 % 4)` is 3.
module Data.Ratio ((%), numerator, denominator) where
