module OkCaseAlternatives where
-- expect: ok (case alternatives of one type, with nested patterns)

describe :: [Maybe Integer] -> String
describe xs = case xs of
  [] -> "empty"
  [Nothing] -> "one rest"
  Just n : _ | n > 60 -> "high"
             | otherwise -> "low"
  _ -> "other"

ordinal :: Integer -> String
ordinal n = case compare n 0 of
  LT -> "negative"
  EQ -> "zero"
  GT -> "positive"
