-- Patterns: variables, wildcards, nested constructors, literals, lists, tuples, as-patterns,
-- strings; equations tried in order.
data Shape = Circle Integer | Rect Integer Integer | Group [Shape]

area (Circle r) = 3 * r * r
area (Rect w h) = w * h
area (Group shapes) = sum (map area shapes)

describe [] = "empty"
describe [_] = "one"
describe [x, y] = "two: " ++ show (x + y)
describe all@(x : _ : _) = "many, first " ++ show x ++ " of " ++ show (length all)

greet "Ada" = "hello Ada"
greet ('B' : rest) = "B-name " ++ rest
greet _ = "who?"

classify 0 = "zero"
classify (-1) = "minus one"
classify n = "other " ++ show n

swap (a, b) = (b, a)

nested (Just (Left (x, _))) = x
nested (Just (Right y)) = y
nested Nothing = 0

(lowest, highest) = (minimum scale, maximum scale)
  where scale = [60, 62, 64, 65, 67]

main =
  [ show (lowest, highest)
  , show (area (Group [Circle 1, Rect 2 3, Group [Rect 1 1]]))
  , describe []
  , describe [5]
  , describe [1, 2]
  , describe [7, 8, 9]
  , greet "Ada"
  , greet "Bob"
  , greet "Cy"
  , classify 0
  , classify (-1)
  , classify 5
  , show (swap (1, "x"))
  , show (nested (Just (Left (4, "ignored"))), nested (Just (Right 9)), nested Nothing)
  , let (q, r) = 17 `divMod` 5 in show (q, r)
  ]
-- expect: (60,67)
-- expect: 10
-- expect: empty
-- expect: one
-- expect: two: 3
-- expect: many, first 7 of 3
-- expect: hello Ada
-- expect: B-name ob
-- expect: who?
-- expect: zero
-- expect: minus one
-- expect: other 5
-- expect: ("x",1)
-- expect: (4,9,0)
-- expect: (3,2)
