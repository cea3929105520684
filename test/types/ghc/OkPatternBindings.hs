module OkPatternBindings where
-- expect: ok (pattern bindings at the top level and in where/let)

(root, label) = (60 :: Integer, "C")

third :: Integer
third = a + b
  where
    (a, b) = (root, 4)

splitHalf :: [Integer] -> ([Integer], [Integer])
splitHalf xs = let (front, back) = splitAt (length xs `div` 2) xs in (back, front)

firstTwo :: [Integer] -> Integer
firstTwo all'@(x : y : _) = x + y + fromIntegral (length all')
firstTwo _ = 0
