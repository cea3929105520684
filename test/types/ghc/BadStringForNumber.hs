module BadStringForNumber where
-- expect: error: a String is passed where a number is needed

note :: Integer -> Integer -> [Integer]
note dur pitch = [pitch, dur]

tune :: [Integer]
tune = note 500 "C4"
