module ClassOkDefaultMethods where
-- expect: ok (default methods, one overridden and one not)

class Transposable a where
  transpose :: Integer -> a -> a
  octaveUp :: a -> a
  octaveUp = transpose 12
  octaveDown :: a -> a
  octaveDown = transpose (-12)

newtype Key = Key Integer

instance Transposable Key where
  transpose k (Key p) = Key (p + k)

instance Transposable Integer where
  transpose k p = p + k
  octaveUp p = p + 12

up :: (Key, Integer)
up = (octaveUp (Key 60), octaveDown (octaveUp 60))
