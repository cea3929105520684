-- User-defined operators with fixities, infix constructors and local operators.
infixl 6 |+|
infixr 7 |*|
infix 4 ~=

a |+| b = a + b
a |*| b = a * b
a ~= b = abs (a - b) < 1

infixr 5 :>
data Stream = End | Integer :> Stream
  deriving (Show)

toList End = []
toList (x :> rest) = x : toList rest

main =
  [ show (1 |+| 2 |*| 3 |*| 2)
  , show (10 |+| 1 ~= 11)
  , show (toList (1 :> 2 :> 3 :> End))
  , show (1 :> 2 :> End)
  , show (2 `power` 3 `power` 2)
  , let x <+> y = x * 10 + y; infixl 5 <+> in show (1 <+> 2 <+> 3)
  , show (1 - 2 - 3, 2 ^ 3 ^ 2, 100 `div` 10 `div` 2)
  ]
  where
    power a b = a ^ b
-- expect: 13
-- expect: True
-- expect: [1,2,3]
-- expect: 1 :> (2 :> End)
-- expect: 64
-- expect: 123
-- expect: (-4,512,5)
