module ClassBadMissingInstance where
-- expect: error: a method used at a type without an instance (Pitched Bool)

class Pitched a where
  toPitch :: a -> Integer

instance Pitched Integer where
  toPitch n = n

wrong :: Integer
wrong = toPitch True
