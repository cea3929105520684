module BadOccursCheckSelfApply where
-- expect: error: occurs check (a function applied to itself: x x)

selfApply x = x x
