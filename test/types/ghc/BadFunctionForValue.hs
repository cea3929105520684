module BadFunctionForValue where
-- expect: error: a function (length, unapplied) is used where a number is needed

total :: [Int] -> Int
total xs = sum xs + length
