module BadOrdNotDerived where
-- expect: error: compare on a type deriving Eq and Show but not Ord

data Colour = Red | Green | Blue
  deriving (Eq, Show)

order :: Ordering
order = compare Red Blue
