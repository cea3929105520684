module OkEitherAndTuples where
-- expect: ok (tuples of different arities, zip/unzip, Either values)

pairs :: [(Integer, String)]
pairs = zip [1 ..] ["a", "b"]

unpaired :: ([Integer], [String])
unpaired = unzip pairs

triple :: (Integer, Char, Bool)
triple = (1, 'x', True)

results :: [Either String Integer]
results = [Left "bad", Right 3]

rights' :: [Integer]
rights' = [x | Right x <- results]
