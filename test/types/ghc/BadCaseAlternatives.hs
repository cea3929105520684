module BadCaseAlternatives where
-- expect: error: case alternatives of different types (String and Integer)

describe :: Integer -> String
describe n = case n of
  0 -> "rest"
  _ -> n
