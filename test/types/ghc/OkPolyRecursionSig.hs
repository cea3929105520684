module OkPolyRecursionSig where
-- expect: ok (polymorphic recursion is allowed because depth has a signature)

data Nested a = Flat a | Nest (Nested [a])

depth :: Nested a -> Int
depth (Flat _) = 0
depth (Nest n) = 1 + depth n

example :: Int
example = depth (Nest (Nest (Flat [[1, 2], [3 :: Integer]])))
