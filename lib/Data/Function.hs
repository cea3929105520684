-- Data.Function: `on`, `&` and `fix`, plus a re-export of the Prelude's functions on functions
-- (as Haskell's Data.Function does).
module Data.Function (id, const, (.), flip, ($), (&), on, fix) where

infixl 0 `on`
infixl 1 &

-- | A binary function applied to a key of each argument: `groupBy ((==) `on` fst)`.
on :: (b -> b -> c) -> (a -> b) -> a -> a -> c
on op key x y = op (key x) (key y)

-- | Application with the argument first: `[1, 2, 3] & map (* 2)`.
(&) :: a -> (a -> b) -> b
x & f = f x

-- | The least fixed point: `fix f = f (fix f)`.
fix :: (a -> a) -> a
fix f = let x = f x in x
