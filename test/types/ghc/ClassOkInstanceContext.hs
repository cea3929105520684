module ClassOkInstanceContext where
-- expect: ok (instances with contexts, for lists and Maybe)

class Pitched a where
  toPitch :: a -> Integer

instance Pitched Integer where
  toPitch n = n

instance Pitched a => Pitched [a] where
  toPitch xs = sum (map toPitch xs)

instance Pitched a => Pitched (Maybe a) where
  toPitch Nothing = 0
  toPitch (Just x) = toPitch x

total :: Integer
total = toPitch [Just [60, 4 :: Integer], Nothing]
