-- Data.Char: classifying and converting characters (ASCII and Latin-1 letters).
module Data.Char
  ( ord, chr, isDigit, isOctDigit, isHexDigit, isAlpha, isLetter, isAlphaNum
  , isUpper, isLower, isSpace, isPunctuation, isPrint, isControl, isAscii
  , toUpper, toLower, digitToInt, intToDigit
  ) where

isDigit, isOctDigit, isHexDigit :: Char -> Bool
isDigit c = c >= '0' && c <= '9'
isOctDigit c = c >= '0' && c <= '7'
isHexDigit c = isDigit c || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')

-- | Upper-case letters: A–Z and the Latin-1 capitals À–Þ (without ×).
isUpper :: Char -> Bool
isUpper c = (c >= 'A' && c <= 'Z') || (c >= '\192' && c <= '\222' && c /= '\215')

-- | Lower-case letters: a–z, µ and ß–ÿ (without ÷).
isLower :: Char -> Bool
isLower c = (c >= 'a' && c <= 'z') || (c >= '\223' && c <= '\255' && c /= '\247') || c == '\181'

-- | Letters: upper and lower case, and the ordinals ª and º.
isAlpha, isLetter, isAlphaNum :: Char -> Bool
isAlpha c = isUpper c || isLower c || c == '\170' || c == '\186'
isLetter = isAlpha
isAlphaNum c = isAlpha c || isDigit c || c == '\178' || c == '\179' || c == '\185'
  || (c >= '\188' && c <= '\190')

isSpace :: Char -> Bool
isSpace c = c == ' ' || (c >= '\t' && c <= '\r') || c == '\160'

isControl :: Char -> Bool
isControl c = c < ' ' || (c >= '\127' && c <= '\159')

isPrint :: Char -> Bool
isPrint c = not (isControl c)

isAscii :: Char -> Bool
isAscii c = c < '\128'

isPunctuation :: Char -> Bool
isPunctuation c = c `elem` "!\"#%&'()*,-./:;?@[\\]_{}\161\167\171\182\183\187\191"

toUpper :: Char -> Char
toUpper c
  | (c >= 'a' && c <= 'z') || (c >= '\224' && c <= '\254' && c /= '\247') = chr (ord c - 32)
  | c == '\255' = '\376'
  | c == '\181' = '\924'
  | otherwise = c

toLower :: Char -> Char
toLower c
  | (c >= 'A' && c <= 'Z') || (c >= '\192' && c <= '\222' && c /= '\215') = chr (ord c + 32)
  | otherwise = c

digitToInt :: Char -> Int
digitToInt c
  | isDigit c = ord c - ord '0'
  | c >= 'a' && c <= 'f' = ord c - ord 'a' + 10
  | c >= 'A' && c <= 'F' = ord c - ord 'A' + 10
  | otherwise = errorWithoutStackTrace ("Char.digitToInt: not a digit " ++ show c)

intToDigit :: Int -> Char
intToDigit i
  | i >= 0 && i <= 9 = chr (ord '0' + i)
  | i >= 10 && i <= 15 = chr (ord 'a' + i - 10)
  | otherwise = errorWithoutStackTrace ("Char.intToDigit: not a digit " ++ show i)
