module OkComparisons where
-- expect: ok (Eq and Ord on lists, tuples, Maybe, Bool, Char)

a :: Bool
a = "abc" == "abc"

b :: Bool
b = [1, 2] < [1, 3 :: Integer]

c :: Ordering
c = compare (1 :: Integer, 'x') (1, 'y')

d :: Bool
d = Just 3 > (Nothing :: Maybe Integer)

e :: Char
e = max 'a' 'z'

f :: Bool
f = (True, LT) <= (True, GT)
