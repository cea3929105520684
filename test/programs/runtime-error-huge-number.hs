-- A whole number too large to compute in a moment (over a million bits) is refused where it
-- is computed, at once, instead of stalling the music.
big :: Integer
big = 2 ^ 10000000

main = ["before", show (big > 1)]
-- expect: before
-- expect error: runtime-error-huge-number.hs:4:7: error: ^: the result would be a whole number of more than 1,000,000 bits (about 300,000 digits), too large to compute
