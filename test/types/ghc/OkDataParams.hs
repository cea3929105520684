module OkDataParams where
-- expect: ok (a parameterised data type and functions over it)

data Tree a = Leaf | Node (Tree a) a (Tree a)

insertT :: Integer -> Tree Integer -> Tree Integer
insertT x Leaf = Node Leaf x Leaf
insertT x t@(Node l y r)
  | x < y = Node (insertT x l) y r
  | x > y = Node l y (insertT x r)
  | otherwise = t

toList :: Tree a -> [a]
toList Leaf = []
toList (Node l x r) = toList l ++ [x] ++ toList r

mapTree :: (a -> b) -> Tree a -> Tree b
mapTree _ Leaf = Leaf
mapTree f (Node l x r) = Node (mapTree f l) (f x) (mapTree f r)

sorted :: [String]
sorted = toList (mapTree show (foldr insertT Leaf [64, 60, 67]))
