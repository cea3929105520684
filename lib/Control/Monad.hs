-- Haskell's Control.Monad: the classes and mapM/sequence as the Prelude has them, and the
-- functions over any monad (Haskell 2010, chapter 13, with base's `forM`, `void` and `>=>`).
module Control.Monad
  ( Functor (..), Applicative (..), Monad (..), MonadFail (..)
  , mapM, mapM_, forM, forM_, sequence, sequence_, (=<<), (>=>), (<=<)
  , when, unless, replicateM, replicateM_, foldM, foldM_, zipWithM, zipWithM_
  , filterM, liftM, liftM2, ap, join, void, forever
  ) where

infixr 1 >=>, <=<

forM :: Monad m => [a] -> (a -> m b) -> m [b]
forM xs f = mapM f xs

forM_ :: Monad m => [a] -> (a -> m b) -> m ()
forM_ xs f = mapM_ f xs

(>=>) :: Monad m => (a -> m b) -> (b -> m c) -> a -> m c
f >=> g = \x -> f x >>= g

(<=<) :: Monad m => (b -> m c) -> (a -> m b) -> a -> m c
g <=< f = f >=> g

when :: Applicative f => Bool -> f () -> f ()
when condition action = if condition then action else pure ()

unless :: Applicative f => Bool -> f () -> f ()
unless condition action = if condition then pure () else action

replicateM :: Applicative m => Int -> m a -> m [a]
replicateM n action
  | n <= 0 = pure []
  | otherwise = fmap (:) action <*> replicateM (n - 1) action

replicateM_ :: Applicative m => Int -> m a -> m ()
replicateM_ n action
  | n <= 0 = pure ()
  | otherwise = action *> replicateM_ (n - 1) action

foldM :: Monad m => (b -> a -> m b) -> b -> [a] -> m b
foldM _ z [] = return z
foldM f z (x : xs) = f z x >>= \z' -> foldM f z' xs

foldM_ :: Monad m => (b -> a -> m b) -> b -> [a] -> m ()
foldM_ f z xs = foldM f z xs >> return ()

zipWithM :: Applicative m => (a -> b -> m c) -> [a] -> [b] -> m [c]
zipWithM f xs ys = sequenceA' (zipWith f xs ys)

zipWithM_ :: Applicative m => (a -> b -> m c) -> [a] -> [b] -> m ()
zipWithM_ f xs ys = foldr (*>) (pure ()) (zipWith f xs ys)

filterM :: Applicative m => (a -> m Bool) -> [a] -> m [a]
filterM _ [] = pure []
filterM p (x : xs) = fmap (\keep rest -> if keep then x : rest else rest) (p x) <*> filterM p xs

liftM :: Monad m => (a -> r) -> m a -> m r
liftM f m = m >>= \x -> return (f x)

liftM2 :: Monad m => (a -> b -> r) -> m a -> m b -> m r
liftM2 f ma mb = ma >>= \a -> mb >>= \b -> return (f a b)

ap :: Monad m => m (a -> b) -> m a -> m b
ap mf mx = mf >>= \f -> mx >>= \x -> return (f x)

join :: Monad m => m (m a) -> m a
join mm = mm >>= id

void :: Functor f => f a -> f ()
void = fmap (const ())

forever :: Applicative f => f a -> f b
forever action = action *> forever action

sequenceA' :: Applicative m => [m a] -> m [a]
sequenceA' [] = pure []
sequenceA' (m : ms) = fmap (:) m <*> sequenceA' ms
