module OkWhereGuards where
-- expect: ok (where-bound functions and guards)

dynamic :: Integer -> String
dynamic v
  | v < soft = "pp"
  | v < loud = "mf"
  | otherwise = shout "ff"
  where
    soft = 40
    loud = 100
    shout s = s ++ "!"

scaleNotes :: Integer -> [Integer]
scaleNotes root = map up steps
  where
    up s = root + s
    steps = [0, 2, 4, 5, 7, 9, 11, 12]
