module BadIfBranches where
-- expect: error: the branches of the if differ (a number and a String)

dynamic :: Bool -> Integer
dynamic loud = if loud then 100 else "soft"
