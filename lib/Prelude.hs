-- The Prelude: the built-in primitives (numbers, comparison, show, Bool, Ordering, lists, tuples)
-- plus the Haskell 2010 list, function and Maybe/Either functions, written without type classes.
-- Every module imports it implicitly unless it imports Prelude itself.
module Prelude
  ( module Refrain.Primitive
  , String, Maybe (..), Either (..)
    -- functions and Booleans
  , id, const, (.), flip, ($), until, asTypeOf, curry, uncurry, fst, snd
  , not, (&&), (||), otherwise, maybe, either, subtract, even, odd, divMod, quotRem
    -- lists
  , map, (++), filter, head, last, tail, init, null, length, (!!), reverse
  , foldl, foldl', foldl1, foldr, foldr1, and, or, any, all, sum, product
  , concat, concatMap, maximum, minimum
  , scanl, scanl1, scanr, scanr1, iterate, repeat, replicate, cycle
  , take, drop, splitAt, takeWhile, dropWhile, span, break
  , elem, notElem, lookup, zip, zip3, zipWith, zipWith3, unzip, unzip3
  , lines, words, unlines, unwords
    -- showing
  , ShowS, shows, showChar, showString, showParen
    -- functors, monads, monoids
  , Functor (..), (<$>), Applicative (..), Monad (..), MonadFail (..), (=<<)
  , mapM, mapM_, sequence, sequence_
  , Semigroup (..), Monoid (..)
    -- the actions of `main`
  , IO, FilePath, putStr, putStrLn, print
  ) where

import Refrain.Primitive
import Refrain.IO (IO (..), Event (Say))

-- Fixities of the operators defined here.
infixr 9 .
infixl 9 !!
infixr 5 ++
infix 4 `elem`, `notElem`
infixr 3 &&
infixr 2 ||
infixr 0 $
infixl 4 <$>, <$, <*>, *>, <*
infixl 1 >>=, >>
infixr 1 =<<
infixr 6 <>

type String = [Char]

type ShowS = String -> String

data Maybe a = Nothing | Just a
  deriving (Eq, Ord, Show)

data Either a b = Left a | Right b
  deriving (Eq, Ord, Show)

-- Functions ----------------------------------------------------------------------------------

id :: a -> a
id x = x

const :: a -> b -> a
const x _ = x

(.) :: (b -> c) -> (a -> b) -> a -> c
f . g = \x -> f (g x)

flip :: (a -> b -> c) -> b -> a -> c
flip f x y = f y x

($) :: (a -> b) -> a -> b
f $ x = f x

until :: (a -> Bool) -> (a -> a) -> a -> a
until p f x = if p x then x else until p f (f x)

asTypeOf :: a -> a -> a
asTypeOf x _ = x

curry :: ((a, b) -> c) -> a -> b -> c
curry f x y = f (x, y)

uncurry :: (a -> b -> c) -> (a, b) -> c
uncurry f (x, y) = f x y

fst :: (a, b) -> a
fst (x, _) = x

snd :: (a, b) -> b
snd (_, y) = y

-- Booleans, Maybe, Either, numbers -----------------------------------------------------------

not :: Bool -> Bool
not True = False
not False = True

(&&) :: Bool -> Bool -> Bool
True && x = x
False && _ = False

(||) :: Bool -> Bool -> Bool
True || _ = True
False || x = x

otherwise :: Bool
otherwise = True

maybe :: b -> (a -> b) -> Maybe a -> b
maybe n _ Nothing = n
maybe _ f (Just x) = f x

either :: (a -> c) -> (b -> c) -> Either a b -> c
either f _ (Left x) = f x
either _ g (Right y) = g y

subtract :: Num a => a -> a -> a
subtract x y = y - x

divMod, quotRem :: Integral a => a -> a -> (a, a)
divMod n d = (n `div` d, n `mod` d)
quotRem n d = (n `quot` d, n `rem` d)

even, odd :: Integral a => a -> Bool
even n = n `rem` 2 == 0
odd n = not (even n)

-- Lists --------------------------------------------------------------------------------------

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

(++) :: [a] -> [a] -> [a]
[] ++ ys = ys
(x : xs) ++ ys = x : (xs ++ ys)

filter :: (a -> Bool) -> [a] -> [a]
filter _ [] = []
filter p (x : xs)
  | p x = x : filter p xs
  | otherwise = filter p xs

head :: [a] -> a
head (x : _) = x
head [] = errorWithoutStackTrace "Prelude.head: empty list"

last :: [a] -> a
last [x] = x
last (_ : xs) = last xs
last [] = errorWithoutStackTrace "Prelude.last: empty list"

tail :: [a] -> [a]
tail (_ : xs) = xs
tail [] = errorWithoutStackTrace "Prelude.tail: empty list"

init :: [a] -> [a]
init [_] = []
init (x : xs) = x : init xs
init [] = errorWithoutStackTrace "Prelude.init: empty list"

null :: [a] -> Bool
null [] = True
null _ = False

length :: [a] -> Int
length = foldl' (\n _ -> n + 1) 0

(!!) :: [a] -> Int -> a
xs !! n
  | n < 0 = errorWithoutStackTrace "Prelude.!!: negative index"
  | otherwise = nth xs n
  where
    nth (y : _) 0 = y
    nth (_ : ys) k = nth ys (k - 1)
    nth [] _ = errorWithoutStackTrace "Prelude.!!: index too large"

reverse :: [a] -> [a]
reverse = foldl (flip (:)) []

foldl :: (b -> a -> b) -> b -> [a] -> b
foldl _ z [] = z
foldl f z (x : xs) = foldl f (f z x) xs

-- | A left fold that evaluates its accumulator at each step (constant space for sums).
foldl' :: (b -> a -> b) -> b -> [a] -> b
foldl' _ z [] = z
foldl' f z (x : xs) = (\z' -> foldl' f z' xs) $! f z x

foldl1 :: (a -> a -> a) -> [a] -> a
foldl1 f (x : xs) = foldl f x xs
foldl1 _ [] = errorWithoutStackTrace "Prelude.foldl1: empty list"

foldr :: (a -> b -> b) -> b -> [a] -> b
foldr _ z [] = z
foldr f z (x : xs) = f x (foldr f z xs)

foldr1 :: (a -> a -> a) -> [a] -> a
foldr1 _ [x] = x
foldr1 f (x : xs) = f x (foldr1 f xs)
foldr1 _ [] = errorWithoutStackTrace "Prelude.foldr1: empty list"

and, or :: [Bool] -> Bool
and = all id
or = any id

any, all :: (a -> Bool) -> [a] -> Bool
any p = foldr (\x rest -> p x || rest) False
all p = foldr (\x rest -> p x && rest) True

sum, product :: Num a => [a] -> a
sum = foldl' (+) 0
product = foldl' (*) 1

concat :: [[a]] -> [a]
concat = foldr (++) []

concatMap :: (a -> [b]) -> [a] -> [b]
concatMap _ [] = []
concatMap f (x : xs) = f x ++ concatMap f xs

maximum, minimum :: Ord a => [a] -> a
maximum [] = errorWithoutStackTrace "Prelude.maximum: empty list"
maximum xs = foldl1 max xs
minimum [] = errorWithoutStackTrace "Prelude.minimum: empty list"
minimum xs = foldl1 min xs

scanl :: (b -> a -> b) -> b -> [a] -> [b]
scanl f z xs = z : rest xs
  where
    rest [] = []
    rest (y : ys) = scanl f (f z y) ys

scanl1 :: (a -> a -> a) -> [a] -> [a]
scanl1 f (x : xs) = scanl f x xs
scanl1 _ [] = []

scanr :: (a -> b -> b) -> b -> [a] -> [b]
scanr _ z [] = [z]
scanr f z (x : xs) = let rest = scanr f z xs in f x (head rest) : rest

scanr1 :: (a -> a -> a) -> [a] -> [a]
scanr1 _ [] = []
scanr1 _ [x] = [x]
scanr1 f (x : xs) = let rest = scanr1 f xs in f x (head rest) : rest

iterate :: (a -> a) -> a -> [a]
iterate f x = x : iterate f (f x)

repeat :: a -> [a]
repeat x = let xs = x : xs in xs

replicate :: Int -> a -> [a]
replicate n x = take n (repeat x)

cycle :: [a] -> [a]
cycle [] = errorWithoutStackTrace "Prelude.cycle: empty list"
cycle xs = let ys = xs ++ ys in ys

take :: Int -> [a] -> [a]
take n _ | n <= 0 = []
take _ [] = []
take n (x : xs) = x : take (n - 1) xs

drop :: Int -> [a] -> [a]
drop n xs | n <= 0 = xs
drop _ [] = []
drop n (_ : xs) = drop (n - 1) xs

splitAt :: Int -> [a] -> ([a], [a])
splitAt n xs = (take n xs, drop n xs)

takeWhile :: (a -> Bool) -> [a] -> [a]
takeWhile _ [] = []
takeWhile p (x : xs)
  | p x = x : takeWhile p xs
  | otherwise = []

dropWhile :: (a -> Bool) -> [a] -> [a]
dropWhile _ [] = []
dropWhile p xs@(x : rest)
  | p x = dropWhile p rest
  | otherwise = xs

span :: (a -> Bool) -> [a] -> ([a], [a])
span _ [] = ([], [])
span p xs@(x : rest)
  | p x = let (ys, zs) = span p rest in (x : ys, zs)
  | otherwise = ([], xs)

break :: (a -> Bool) -> [a] -> ([a], [a])
break p = span (not . p)

elem, notElem :: Eq a => a -> [a] -> Bool
elem x = any (== x)
notElem x ys = not (elem x ys)

lookup :: Eq a => a -> [(a, b)] -> Maybe b
lookup _ [] = Nothing
lookup key ((k, v) : rest)
  | key == k = Just v
  | otherwise = lookup key rest

zip :: [a] -> [b] -> [(a, b)]
zip = zipWith (,)

zip3 :: [a] -> [b] -> [c] -> [(a, b, c)]
zip3 = zipWith3 (,,)

zipWith :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith f (x : xs) (y : ys) = f x y : zipWith f xs ys
zipWith _ _ _ = []

zipWith3 :: (a -> b -> c -> d) -> [a] -> [b] -> [c] -> [d]
zipWith3 f (x : xs) (y : ys) (z : zs) = f x y z : zipWith3 f xs ys zs
zipWith3 _ _ _ _ = []

unzip :: [(a, b)] -> ([a], [b])
unzip = foldr (\(x, y) rest -> let (xs, ys) = rest in (x : xs, y : ys)) ([], [])

unzip3 :: [(a, b, c)] -> ([a], [b], [c])
unzip3 = foldr (\(x, y, z) rest -> let (xs, ys, zs) = rest in (x : xs, y : ys, z : zs)) ([], [], [])

-- Text ---------------------------------------------------------------------------------------

lines :: String -> [String]
lines "" = []
lines s = let (line, rest) = break (== '\n') s
          in line : case rest of
                      [] -> []
                      (_ : more) -> lines more

unlines :: [String] -> String
unlines = concatMap (++ "\n")

words :: String -> [String]
words s = case dropWhile isBlank s of
    "" -> []
    s' -> let (word, rest) = break isBlank s' in word : words rest
  where
    isBlank c = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'

unwords :: [String] -> String
unwords [] = ""
unwords ws = foldr1 (\w rest -> w ++ ' ' : rest) ws

-- Showing ------------------------------------------------------------------------------------

shows :: Show a => a -> ShowS
shows = showsPrec 0

showChar :: Char -> ShowS
showChar = (:)

showString :: String -> ShowS
showString = (++)

showParen :: Bool -> ShowS -> ShowS
showParen b p = if b then showChar '(' . p . showChar ')' else p

-- Functors, applicatives and monads (the classes of GHC's base, where Applicative is Monad's
-- superclass and `fail` belongs to MonadFail) ------------------------------------------------

class Functor f where
  fmap :: (a -> b) -> f a -> f b
  (<$) :: a -> f b -> f a
  x <$ m = fmap (const x) m

(<$>) :: Functor f => (a -> b) -> f a -> f b
f <$> m = fmap f m

class Functor f => Applicative f where
  pure :: a -> f a
  (<*>) :: f (a -> b) -> f a -> f b
  (*>) :: f a -> f b -> f b
  (<*) :: f a -> f b -> f a
  a *> b = fmap (const id) a <*> b
  a <* b = fmap const a <*> b

class Applicative m => Monad m where
  (>>=) :: m a -> (a -> m b) -> m b
  (>>) :: m a -> m b -> m b
  return :: a -> m a
  m >> k = m >>= \_ -> k
  return = pure

-- What a `do` whose pattern does not match (`Just x <- e`) calls.
class Monad m => MonadFail m where
  fail :: String -> m a

(=<<) :: Monad m => (a -> m b) -> m a -> m b
f =<< m = m >>= f

mapM :: Monad m => (a -> m b) -> [a] -> m [b]
mapM f xs = sequence (map f xs)

mapM_ :: Monad m => (a -> m b) -> [a] -> m ()
mapM_ f xs = sequence_ (map f xs)

sequence :: Monad m => [m a] -> m [a]
sequence [] = return []
sequence (m : ms) = m >>= \x -> sequence ms >>= \xs -> return (x : xs)

sequence_ :: Monad m => [m a] -> m ()
sequence_ = foldr (>>) (return ())

instance Functor [] where
  fmap = map

instance Applicative [] where
  pure x = [x]
  fs <*> xs = [f x | f <- fs, x <- xs]

instance Monad [] where
  xs >>= f = concatMap f xs

instance MonadFail [] where
  fail _ = []

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just x) = Just (f x)

instance Applicative Maybe where
  pure = Just
  Just f <*> m = fmap f m
  Nothing <*> _ = Nothing

instance Monad Maybe where
  Just x >>= k = k x
  Nothing >>= _ = Nothing

instance MonadFail Maybe where
  fail _ = Nothing

instance Functor (Either e) where
  fmap _ (Left e) = Left e
  fmap f (Right x) = Right (f x)

instance Applicative (Either e) where
  pure = Right
  Left e <*> _ = Left e
  Right f <*> r = fmap f r

instance Monad (Either e) where
  Left e >>= _ = Left e
  Right x >>= k = k x

instance Functor ((->) r) where
  fmap = (.)

instance Applicative ((->) r) where
  pure = const
  f <*> g = \x -> f x (g x)

instance Monad ((->) r) where
  f >>= k = \r -> k (f r) r

instance Functor ((,) a) where
  fmap f (x, y) = (x, f y)

instance Monoid a => Applicative ((,) a) where
  pure x = (mempty, x)
  (u, f) <*> (v, x) = (u <> v, f x)

instance Monoid a => Monad ((,) a) where
  (u, a) >>= k = case k a of (v, b) -> (u <> v, b)

-- Actions: a `main :: IO ()` plays what its actions play, in order (see Refrain.IO) ------------

type FilePath = String

instance Functor IO where
  fmap f (IO play) = IO (\next -> play (next . f))

instance Applicative IO where
  pure x = IO (\next -> next x)
  mf <*> mx = mf >>= \f -> fmap f mx

instance Monad IO where
  IO play >>= k = IO (\next -> play (\x -> case k x of IO play' -> play' next))

-- | A failed pattern in IO's `do` stops the song with the message, as GHC's `userError` does.
instance MonadFail IO where
  fail message = IO (\_ -> error message)

-- | Shows the text in the song's log (the studio's Events, the terminal of `refrain play`); each
-- `putStr` is a line of its own.
putStr, putStrLn :: String -> IO ()
putStr text = IO (\next -> Say text : next ())
putStrLn = putStr

print :: Show a => a -> IO ()
print x = putStrLn (show x)

-- Semigroups and monoids ------------------------------------------------------------------------

class Semigroup a where
  (<>) :: a -> a -> a

class Semigroup a => Monoid a where
  mempty :: a
  mappend :: a -> a -> a
  mconcat :: [a] -> a
  mappend = (<>)
  mconcat = foldr mappend mempty

instance Semigroup [a] where
  (<>) = (++)

instance Monoid [a] where
  mempty = []

instance Semigroup Ordering where
  LT <> _ = LT
  EQ <> y = y
  GT <> _ = GT

instance Monoid Ordering where
  mempty = EQ

instance Semigroup a => Semigroup (Maybe a) where
  Nothing <> b = b
  a <> Nothing = a
  Just a <> Just b = Just (a <> b)

instance Semigroup a => Monoid (Maybe a) where
  mempty = Nothing

instance Semigroup () where
  _ <> _ = ()

instance Monoid () where
  mempty = ()

instance (Semigroup a, Semigroup b) => Semigroup (a, b) where
  (a, b) <> (c, d) = (a <> c, b <> d)

instance (Monoid a, Monoid b) => Monoid (a, b) where
  mempty = (mempty, mempty)

instance Semigroup b => Semigroup (a -> b) where
  f <> g = \x -> f x <> g x

instance Monoid b => Monoid (a -> b) where
  mempty = \_ -> mempty
