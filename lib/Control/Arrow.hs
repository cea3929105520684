-- Control.Arrow for plain functions, which is how songs use it: working on one side of a pair,
-- on both sides, fanning out, and composing left to right. (Haskell's class Arrow generalizes
-- these to other arrows; Refrain has only functions.)
module Control.Arrow (first, second, (***), (&&&), (>>>), (<<<)) where

infixr 3 ***
infixr 3 &&&
infixr 1 >>>
infixr 1 <<<

-- | The function on the first of a pair: `first (+ 12) (60, qn) == (72, qn)`.
first :: (a -> b) -> (a, c) -> (b, c)
first f (x, y) = (f x, y)

-- | The function on the second of a pair.
second :: (b -> c) -> (a, b) -> (a, c)
second f (x, y) = (x, f y)

-- | One function on each side of a pair.
(***) :: (a -> b) -> (c -> d) -> (a, c) -> (b, d)
(f *** g) (x, y) = (f x, g y)

-- | Both functions on one value, as a pair: `(length &&& sum) xs`.
(&&&) :: (a -> b) -> (a -> c) -> a -> (b, c)
(f &&& g) x = (f x, g x)

-- | Composition left to right: `(transpose 12 >>> tempo 2) m`.
(>>>) :: (a -> b) -> (b -> c) -> a -> c
(f >>> g) x = g (f x)

-- | Composition right to left, like `.`.
(<<<) :: (b -> c) -> (a -> b) -> a -> c
(f <<< g) x = f (g x)
