module OkStringsChars where
-- expect: ok (Char and String used consistently)
import Data.Char

title :: String
title = 'S' : "ong"

shout :: String -> String
shout = map toUpper

initials :: [String] -> String
initials ws = map head ws

firstWord :: String
firstWord = head (words "live coding music")

digits :: [Int]
digits = map digitToInt "123"
