module ClassOkUserShowOrd where
-- expect: ok (hand-written Show and Ord instances, used by show, sort, maximum)
import Data.List

data Note = Note String Integer

instance Show Note where
  show (Note n o) = n ++ show o

instance Eq Note where
  Note _ a == Note _ b = a == b

instance Ord Note where
  compare (Note _ a) (Note _ b) = compare a b

shown :: String
shown = show (sort [Note "C" 5, Note "A" 4])

highest :: Note
highest = maximum [Note "C" 5, Note "A" 4]

lower :: Bool
lower = Note "A" 4 < Note "C" 5
