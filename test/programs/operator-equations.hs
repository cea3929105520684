-- An operator's equation in parentheses with more arguments than its two operands (Haskell 2010's
-- `( funlhs ) apat`), beside pattern bindings that look alike. The expected lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/operator-equations.hs > /tmp/o.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/o.hs && runghc /tmp/o.hs
infixr 3 ***
(***) :: (a -> b) -> (c -> d) -> (a, c) -> (b, d)
(f *** g) (x, y) = (f x, g y)

infixr 8 .:
(.:) :: (c -> d) -> (a -> b -> c) -> a -> b -> d
(f .: g) x y = f (g x y)

plus3 :: Integer -> Integer -> Integer -> Integer
(a `plus3` b) c = a + b + c

(low, high) = (-1, 1) :: (Integer, Integer)

main =
  [ show (((* 2) *** negate) (3 :: Integer, 4 :: Integer))
  , show ((negate .: (+)) 1 (2 :: Integer))
  , show (plus3 1 2 3)
  , show (low, high)
  ]
-- expect: (6,-4)
-- expect: -3
-- expect: 6
-- expect: (-1,1)
