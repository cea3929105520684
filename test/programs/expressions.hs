-- Expressions: sections, lambdas, let, if, case, tuples, ranges, comprehensions, negation,
-- operators as values, backticks, type annotations.
-- The expected lines are GHC's:
--   { echo 'import Data.Ratio'; sed 's/^main =/outputs =/' test/programs/expressions.hs;
--     echo 'main = mapM_ putStrLn outputs'; } > /tmp/expressions.hs && runghc /tmp/expressions.hs
main =
  [ show (map (+ 1) [1, 2, 3])
  , show (map (10 -) [1, 2], map (subtract 1) [5])
  , show (map (`div` 2) [10, 11], map (2 `div`) [1, 2])
  , show ((\x y -> x * y) 6 7)
  , show ((\(a, b) -> a ++ b) ("ab", "cd"))
  , let x = 3; y = x * x in show (x + y)
  , if 3 > 2 then "yes" else "no"
  , case Just 5 of { Nothing -> "none"; Just n | n > 3 -> "big " ++ show n | otherwise -> "small" }
  , show [1 .. 5]
  , show [1, 3 .. 10]
  , show [10, 8 .. 1]
  , show (take 3 [7 ..])
  , show ['a' .. 'e']
  , show [0.5, 1 .. 2]
  , show [(x, y) | x <- [1 .. 3], y <- "ab", odd x]
  , show [x * x | x <- [1 .. 10], let y = x + 1, even y]
  , show (foldr (+) 0 [1 .. 100], zipWith (*) [1, 2, 3] [4, 5, 6])
  , show (- 3 + 5, negate (- 4), 2 - (-1))
  , show ((1 :: Integer) + 2)
  , show (3 `max` 8, (`elem` [1, 2]) 2)
  , show (fst (1, 2), snd (1, 2), (,) 1 2, (,,) 1 2 3)
  , show ((.) (* 2) (+ 1) 5, ($ 3) (* 4))
  ]
-- expect: [2,3,4]
-- expect: ([9,8],[4])
-- expect: ([5,5],[2,1])
-- expect: 42
-- expect: "abcd"
-- expect: 12
-- expect: yes
-- expect: big 5
-- expect: [1,2,3,4,5]
-- expect: [1,3,5,7,9]
-- expect: [10,8,6,4,2]
-- expect: [7,8,9]
-- expect: "abcde"
-- expect: [0.5,1.0,1.5,2.0]
-- expect: [(1,'a'),(1,'b'),(3,'a'),(3,'b')]
-- expect: [1,9,25,49,81]
-- expect: (5050,[4,10,18])
-- expect: (2,4,3)
-- expect: 3
-- expect: (8,True)
-- expect: (1,2,(1,2),(1,2,3))
-- expect: (12,12)
