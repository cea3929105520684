module ClassOkMultiMethodConstrained where
-- expect: ok (a class whose methods have their own extra constraints; superclass chain Eq => Ord => Scale)

class Ord a => Scale a where
  degrees :: a -> [Integer]
  inScale :: a -> Integer -> Bool
  inScale s p = (p `mod` 12) `elem` degrees s
  describeAll :: Show b => a -> [b] -> String
  describeAll _ xs = concatMap show xs

data Mode = Major | Minor
  deriving (Eq, Ord, Show)

instance Scale Mode where
  degrees Major = [0, 2, 4, 5, 7, 9, 11]
  degrees Minor = [0, 2, 3, 5, 7, 8, 10]

best :: Scale a => [a] -> a
best = maximum

check :: (Bool, String, Mode)
check = (inScale Major 64, describeAll Minor [1, 2 :: Integer], best [Minor, Major])
