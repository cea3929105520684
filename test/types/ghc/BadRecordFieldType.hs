module BadRecordFieldType where
-- expect: error: a record field is given a value of the wrong type (Bool for Integer)

data Note = Note { pitch :: Integer, velocity :: Integer, name :: String }

middleC :: Note
middleC = Note { pitch = 60, velocity = True, name = "C" }
