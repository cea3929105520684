module BadMissingArgument where
-- expect: error: note is given one argument where two are needed

note :: Integer -> Integer -> [Integer]
note dur pitch = [pitch, dur]

tune :: [Integer]
tune = note 500 60 ++ note 500 ++ note 500 64
