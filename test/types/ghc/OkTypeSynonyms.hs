module OkTypeSynonyms where
-- expect: ok (type synonyms, with and without parameters)

type Time = Integer
type Pair a = (a, a)
type Table k v = [(k, v)]

interval :: Pair Time -> Time
interval (start, stop) = stop - start

names :: Table Integer String
names = [(60, "C"), (62, "D")]

nameOf :: Integer -> String
nameOf k = maybe "?" id (lookup k names)
