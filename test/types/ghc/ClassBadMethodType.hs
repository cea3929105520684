module ClassBadMethodType where
-- expect: error: an instance method of the wrong type (String where Integer)

class Pitched a where
  toPitch :: a -> Integer

instance Pitched Bool where
  toPitch b = if b then "high" else "low"
