module OkStringProcessing where
-- expect: ok (lines/words/unlines and Data.List on strings)
import Data.List

song :: String
song = "C D E\nF G A"

tokens :: [[String]]
tokens = map words (lines song)

rejoined :: String
rejoined = unlines (map unwords tokens)

csv :: String
csv = intercalate ", " ["C", "E", "G"]

isChorus :: String -> Bool
isChorus l = "chorus" `isPrefixOf` l
