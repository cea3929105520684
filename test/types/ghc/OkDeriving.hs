module OkDeriving where
-- expect: ok (derived Eq, Ord, Show used with ==, compare, show)

data Colour = Red | Green | Blue
  deriving (Eq, Ord, Show)

data Shape = Dot Colour | Line Colour Integer
  deriving (Eq, Ord, Show)

sameColour :: Bool
sameColour = Red == Red && Green /= Blue

order :: Ordering
order = compare (Line Red 2) (Dot Blue)

shown :: String
shown = show [Dot Red, Line Blue 3]

biggest :: Shape
biggest = maximum [Dot Red, Line Green 1]
