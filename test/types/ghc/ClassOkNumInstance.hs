module ClassOkNumInstance where
-- expect: ok (a Num instance for a newtype; literals at that type)

newtype Beats = Beats Integer
  deriving (Eq, Show)

instance Num Beats where
  Beats a + Beats b = Beats (a + b)
  Beats a * Beats b = Beats (a * b)
  Beats a - Beats b = Beats (a - b)
  abs (Beats a) = Beats (abs a)
  signum (Beats a) = Beats (signum a)
  fromInteger n = Beats n

bar :: Beats
bar = 3 + 1

total :: Beats
total = sum [bar, 2, bar]
