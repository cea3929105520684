-- A runaway evaluation stops at the step budget and names the function being unfolded.
spin :: Integer -> Integer
spin n = spin (n + 1)

main = ["before", show (spin 0)]
-- expect: before
-- expect error: runtime-error-budget.hs:3:1: error: step budget exceeded while unfolding `spin`
