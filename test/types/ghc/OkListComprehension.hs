module OkListComprehension where
-- expect: ok (list comprehensions with generators, guards and let)

pairs :: [(Integer, Char)]
pairs = [(x, y) | x <- [1 .. 3], y <- "ab", odd x]

chords :: [[Integer]]
chords = [[r, r + 4, r + 7] | r <- [60, 62 .. 72], let t = r `mod` 12, t /= 1]

flattened :: [Integer]
flattened = [n | c <- chords, n <- c]
