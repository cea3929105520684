module BadIntInteger where
-- expect: error: Int (from length) mixed with Integer

count xs = length xs + (1 :: Integer)
