module ClassBadInstanceContext where
-- expect: error: an instance for lists lacks the context Pitched a that its method needs

class Pitched a where
  toPitch :: a -> Integer

instance Pitched Integer where
  toPitch n = n

instance Pitched [a] where
  toPitch xs = sum (map toPitch xs)
