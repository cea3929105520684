-- Guards, where (scoping over all guards), otherwise, pattern guards, fall-through to the next equation.
grade score
  | score >= top = "A"
  | score >= top - 20 = "B"
  | otherwise = "C"
  where top = 90

firstBig (x : xs)
  | x > 10 = Just x
firstBig (_ : xs) = firstBig xs
firstBig [] = Nothing

lookupTwice key table
  | Just v <- lookup key table, Just w <- lookup v table = w
  | otherwise = "missing"

collatz n = go n 0
  where
    go 1 steps = steps
    go m steps
      | even m = go (m `div` 2) (steps + 1)
      | otherwise = go (3 * m + 1) (steps + 1)

main =
  [ grade 95, grade 75, grade 10
  , show (firstBig [1, 5, 20, 30])
  , show (firstBig [1, 2])
  , lookupTwice "a" [("a", "b"), ("b", "found")]
  , lookupTwice "x" []
  , show (collatz 27)
  ]
-- expect: A
-- expect: B
-- expect: C
-- expect: Just 20
-- expect: Nothing
-- expect: found
-- expect: missing
-- expect: 111
