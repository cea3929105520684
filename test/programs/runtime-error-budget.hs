-- A runaway evaluation stops at the step budget and names the function being unfolded.
spin n = spin (n + 1)

main = ["before", show (spin 0)]
-- expect: before
-- expect error: runtime-error-budget.hs:2:1: error: step budget exceeded while unfolding `spin`
