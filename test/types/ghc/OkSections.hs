module OkSections where
-- expect: ok (operator sections, left and right, including backquoted ones)

up :: [Integer]
up = map (+ 12) [60, 62]

doubled :: [Integer]
doubled = map (2 *) [1, 2, 3]

halves :: [Integer]
halves = map (`div` 2) [10, 20]

lower :: [Integer]
lower = map (subtract 12) [60, 72]

prefixed :: [String]
prefixed = map ("note " ++) ["C", "D"]

small :: [Integer]
small = filter (< 64) [60, 70]
