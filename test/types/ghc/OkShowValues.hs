module OkShowValues where
-- expect: ok (show on records, Maybe, negative numbers, nested lists, tuples)

data Note = Note { pitch :: Integer, name :: String }
  deriving Show

shownRecord :: String
shownRecord = show (Note { pitch = 60, name = "C" })

shownMaybe :: String
shownMaybe = show (Just (-3 :: Integer))

shownNested :: String
shownNested = show [[1, 2], [3 :: Integer]]

shownTuple :: String
shownTuple = show ('a', "b", True, LT)

shownEmpty :: String
shownEmpty = show ([] :: [Integer])
