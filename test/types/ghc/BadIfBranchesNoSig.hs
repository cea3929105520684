module BadIfBranchesNoSig where
-- expect: error: the branches of the if differ (a number and a String), no signature

dynamic loud = if loud then 100 else "soft"
