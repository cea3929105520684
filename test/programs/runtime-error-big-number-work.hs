-- Work on large numbers counts toward the step budget by its size: sixty powers of about a
-- million bits are a few hundred reductions, but the work of ten million (each takes
-- milliseconds), so the element runs out of budget instead of stalling the music.
powers :: Integer
powers = sum [2 ^ (999000 + k) `mod` 7 | k <- [1 .. 60]]

main = ["before", show powers]
-- expect: before
-- expect error: Prelude.hs:185:1: error: step budget exceeded while unfolding `foldl'`
