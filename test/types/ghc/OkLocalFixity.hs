module OkLocalFixity where
-- expect: ok (fixity declarations in a where and a let)

mix :: Integer -> Integer -> Integer -> Integer
mix a b c = a |+| b |*| c
  where
    infixl 6 |+|
    infixl 7 |*|
    x |+| y = x + y
    x |*| y = x * y

joined :: String
joined =
  let infixr 5 +++
      xs +++ ys = xs ++ " " ++ ys
  in "a" +++ "b" +++ "c"
