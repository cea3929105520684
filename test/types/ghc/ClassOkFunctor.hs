module ClassOkFunctor where
-- expect: ok (a Functor instance for a user type; a class over a type constructor)

data Music a = Tone Integer a | Music a :+: Music a
infixr 5 :+:

instance Functor Music where
  fmap f (Tone d x) = Tone d (f x)
  fmap f (a :+: b) = fmap f a :+: fmap f b

class Container f where
  empty :: f a
  insert :: a -> f a -> f a

instance Container [] where
  empty = []
  insert = (:)

transposed :: Music Integer
transposed = fmap (+ 12) (Tone 1 60 :+: Tone 1 64)

filled :: [Char]
filled = insert 'a' (insert 'b' empty)
