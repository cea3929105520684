module OkOperatorDefinitions where
-- expect: ok (top-level operators with fixities, backquoted functions, operators as arguments)

infixr 5 +:+
infixl 6 <+>

(+:+) :: [a] -> [a] -> [a]
xs +:+ ys = xs ++ ys

(<+>) :: Integer -> Integer -> Integer
a <+> b = a + b

transposeBy :: Integer -> Integer -> Integer
transposeBy k p = p + k

tune :: [Integer]
tune = [1 <+> 2 <+> 3] +:+ [60 `transposeBy` 12] +:+ zipWith (<+>) [1] [2]

folded :: Integer
folded = foldr (<+>) 0 [1, 2, 3]
