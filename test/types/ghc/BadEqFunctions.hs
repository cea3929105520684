module BadEqFunctions where
-- expect: error: == on functions (no Eq instance for functions)

same :: Bool
same = not == not
