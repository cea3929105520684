module BadMaybeAsValue where
-- expect: error: a Maybe Integer used where an Integer is needed

table :: [(String, Integer)]
table = [("C", 60)]

pitchOf :: String -> Integer
pitchOf s = lookup s table + 1
