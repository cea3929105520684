module OkLambdaComposition where
-- expect: ok (lambdas, composition, $, partial application, flip, curry/uncurry)

transposeAll :: Integer -> [Integer] -> [Integer]
transposeAll k = map (\p -> p + k)

pipeline :: [Integer] -> Integer
pipeline = sum . map (* 2) . filter even

applied :: Integer
applied = pipeline $ transposeAll 1 [1, 2, 3]

adder :: (Integer, Integer) -> Integer
adder = uncurry (+)

backwards :: Integer
backwards = flip (-) 1 10

curried :: Integer -> Integer -> Integer
curried = curry fst
