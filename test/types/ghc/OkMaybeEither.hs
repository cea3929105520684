module OkMaybeEither where
-- expect: ok (Maybe and Either functions)
import Data.Maybe

table :: [(Integer, String)]
table = [(1, "one"), (2, "two")]

nameOf :: Integer -> String
nameOf k = fromMaybe "none" (lookup k table)

known :: [String]
known = mapMaybe (\k -> lookup k table) [1, 2, 3]

parse :: String -> Either String Integer
parse "one" = Right 1
parse s = Left ("unknown: " ++ s)

values :: [String]
values = map (either id show . parse) ["one", "six"]

firstJust :: Maybe Integer
firstJust = listToMaybe (catMaybes [Nothing, Just 3])

count :: Integer
count = maybe 0 (+ 1) firstJust
