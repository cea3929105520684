module ClassBadNotAMethod where
-- expect: error: an instance defines a binding that is not a method of the class

class Pitched a where
  toPitch :: a -> Integer

instance Pitched Bool where
  toPitch b = if b then 1 else 0
  toName b = show b
