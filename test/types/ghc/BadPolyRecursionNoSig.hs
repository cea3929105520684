module BadPolyRecursionNoSig where
-- expect: error: polymorphic recursion without a signature (occurs check a ~ [a])

data Nested a = Flat a | Nest (Nested [a])

depth (Flat _) = 0
depth (Nest n) = 1 + depth n
