module OkIntIntegerConversion where
-- expect: ok (length is Int, converted with fromIntegral before mixing with Integer)

count :: [a] -> Integer
count xs = fromIntegral (length xs) + (1 :: Integer)

nth :: [a] -> Integer -> a
nth xs i = xs !! fromIntegral i

copies :: Integer -> String
copies n = replicate (fromInteger n) 'x'

average :: [Integer] -> Double
average xs = fromIntegral (sum xs) / fromIntegral (length xs)
