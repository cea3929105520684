module ClassBadNumLiteral where
-- expect: error: a numeric literal at a user type with no Num instance (Num Beats)

newtype Beats = Beats Integer
  deriving (Eq, Show)

class Measured a where
  beats :: a -> Beats

instance Measured Integer where
  beats n = Beats n

bar :: Beats
bar = 4
