module BadOccursCheck where
-- expect: error: occurs check (f x = f)

f x = f
