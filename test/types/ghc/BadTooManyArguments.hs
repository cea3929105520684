module BadTooManyArguments where
-- expect: error: note is given three arguments where two are expected

note :: Integer -> Integer -> [Integer]
note dur pitch = [pitch, dur]

tune :: [Integer]
tune = note 500 60 64
