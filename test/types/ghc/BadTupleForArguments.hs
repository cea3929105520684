module BadTupleForArguments where
-- expect: error: a tuple is passed where two curried arguments were meant

note :: Integer -> Integer -> [Integer]
note dur pitch = [pitch, dur]

tune :: [Integer]
tune = note (500, 60)
