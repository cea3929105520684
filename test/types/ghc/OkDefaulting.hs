module OkDefaulting where
-- expect: ok (defaulting resolves Num/Show and Fractional/Show constraints)

power :: String
power = show (2 ^ 10)

ratio :: String
ratio = show (3 / 4)

rounded :: Integer
rounded = round 2.5

bigger :: Bool
bigger = 3 > 2
