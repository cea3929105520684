module ClassBadMissingConstraint where
-- expect: error: a signature without the constraint its body needs (Pitched a)

class Pitched a where
  toPitch :: a -> Integer

total :: [a] -> Integer
total xs = sum (map toPitch xs)
