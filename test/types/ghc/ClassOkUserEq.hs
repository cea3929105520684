module ClassOkUserEq where
-- expect: ok (a hand-written Eq instance; /= comes from the default method)

data Pitch = Pitch Integer

instance Eq Pitch where
  Pitch a == Pitch b = a `mod` 12 == b `mod` 12

sameClass :: Bool
sameClass = Pitch 60 == Pitch 72 && Pitch 60 /= Pitch 61

member :: Bool
member = Pitch 48 `elem` [Pitch 1, Pitch 60]
