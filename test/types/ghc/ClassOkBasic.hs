module ClassOkBasic where
-- expect: ok (a user class with instances for a built-in and a user type)

class Pitched a where
  toPitch :: a -> Integer

data Step = C | D | E

instance Pitched Step where
  toPitch C = 60
  toPitch D = 62
  toPitch E = 64

instance Pitched Integer where
  toPitch n = n

pitches :: [Integer]
pitches = map toPitch [C, D, E] ++ [toPitch (67 :: Integer)]
