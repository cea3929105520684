-- Laziness: infinite lists, sharing, seq, errors that are never evaluated, lazy pattern bindings.
-- strategy: need
fibs = 0 : 1 : zipWith (+) fibs (tail fibs)

primes = sieve [2 ..] where sieve (p : xs) = p : sieve [x | x <- xs, x `mod` p /= 0]

main =
  [ show (take 10 fibs)
  , show (let xs = 0 : 1 : zipWith (+) xs (tail xs) in xs !! 200)
  , show (take 8 primes)
  , show (fst (1, error "never evaluated"))
  , show (length [undefined, undefined])
  , show (takeWhile (< 40) (map (* 3) [1 ..]))
  , show (head (filter (> 1000) (iterate (* 2) 1)))
  , let (a, b) = (length [1 .. 5], error "not needed") in show a
  , show (const 1 (error "ignored" :: Integer))
  ]
-- expect: [0,1,1,2,3,5,8,13,21,34]
-- expect: 280571172992510140037611932413038677189525
-- expect: [2,3,5,7,11,13,17,19]
-- expect: 1
-- expect: 2
-- expect: [3,6,9,12,15,18,21,24,27,30,33,36,39]
-- expect: 1024
-- expect: 5
-- expect: 1
