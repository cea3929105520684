module OkRecords where
-- expect: ok (record construction, selectors, update, record patterns)

data Note = Note { pitch :: Integer, velocity :: Integer, name :: String }

middleC :: Note
middleC = Note { pitch = 60, velocity = 64, name = "C" }

accent :: Note -> Note
accent n = n { velocity = velocity n + 20 }

describe :: Note -> String
describe Note { name = s, pitch = p } = s ++ show p

positional :: Note
positional = Note 62 80 "D"
