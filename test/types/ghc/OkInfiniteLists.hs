module OkInfiniteLists where
-- expect: ok (infinite lists: cycle, repeat, iterate, a self-referential let)

pattern' :: [Integer]
pattern' = take 8 (cycle [60, 64, 67])

numbered :: [(Integer, String)]
numbered = zip [0 ..] ["a", "b", "c"]

fibs :: [Integer]
fibs = let xs = 0 : 1 : zipWith (+) xs (tail xs) in take 10 xs

pulses :: [Integer]
pulses = take 4 (repeat 500) ++ take 3 (iterate (`div` 2) 400)
