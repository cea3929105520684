module BadLocalFixity where
-- expect: error: a local fixity makes # bind tighter than ++, so length # "ab" is added to a String

count :: Int
count = length # "ab" ++ "c"
  where
    infixr 9 #
    f # x = f x
