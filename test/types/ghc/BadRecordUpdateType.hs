module BadRecordUpdateType where
-- expect: error: a record update gives a field a value of the wrong type (String for Integer)

data Note = Note { pitch :: Integer, velocity :: Integer, name :: String }

accent :: Note -> Note
accent n = n { velocity = "loud" }
