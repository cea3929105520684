module OkFractionalDouble where
-- expect: ok (Double arithmetic, sqrt, truncate/round to integral types)

frequency :: Integer -> Double
frequency p = 440 * 2 ** (fromIntegral (p - 69) / 12)

rms :: [Double] -> Double
rms xs = sqrt (sum (map (^ 2) xs) / fromIntegral (length xs))

cents :: Double -> Integer
cents x = round (1200 * log x / log 2)

tenths :: Double -> Integer
tenths x = truncate (x * 10)
