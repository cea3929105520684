-- do-notation and the classes Functor, Applicative, Monad, MonadFail, Semigroup and Monoid: the
-- Prelude's instances, a state monad of the song's own (a generative melody), Control.Monad.
-- The expected lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/monads.hs > /tmp/m.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/m.hs && runghc /tmp/m.hs
import Control.Monad

newtype State s a = State { runState :: s -> (a, s) }

instance Functor (State s) where
  fmap f (State g) = State (\s -> let (a, s') = g s in (f a, s'))

instance Applicative (State s) where
  pure a = State (\s -> (a, s))
  State f <*> State g = State (\s -> let (h, s1) = f s; (a, s2) = g s1 in (h a, s2))

instance Monad (State s) where
  State g >>= k = State (\s -> let (a, s1) = g s in runState (k a) s1)

get :: State s s
get = State (\s -> (s, s))

put :: s -> State s ()
put s = State (\_ -> ((), s))

modify :: (s -> s) -> State s ()
modify f = get >>= put . f

-- A pitch from a linear congruential generator.
nextPitch :: State Integer Integer
nextPitch = do
  seed <- get
  let next = (seed * 75 + 74) `mod` 65537
  put next
  return (60 + next `mod` 12)

melody :: Int -> Integer -> [Integer]
melody n seed = fst (runState (replicateM n nextPitch) seed)

counted :: State Integer [Integer]
counted = forM [1, 2, 3] $ \x -> do
  modify (+ x)
  total <- get
  when (total > 2) (modify (* 10))
  return total

pairs :: [Integer]
pairs = do
  x <- [1, 2, 3]
  Just y <- [Just x, Nothing]
  return (x * 10 + y)

safeDiv :: Integer -> Integer -> Either String Integer
safeDiv _ 0 = Left "divide by zero"
safeDiv a b = Right (a `div` b)

main =
  [ show (melody 8 1)
  , show (runState counted 0)
  , show pairs
  , show (do { x <- Just 3; y <- Just 4; return (x + y) }, do { Just x <- [Nothing, Just 'a']; [x, x] })
  , show (safeDiv 10 2 >>= safeDiv 100, safeDiv 1 0 >>= safeDiv 5, mapM (safeDiv 12) [1, 2, 3])
  , show (fmap (+ 1) [1, 2], (+ 1) <$> Just 2, fmap length (Right "abc" :: Either Int String), fmap (* 2) (+ 10) 1, fmap show ("x", 5))
  , show (pure 5 :: [Int], [(+ 1), (* 2)] <*> [10, 20], Just (+ 3) <*> Just 4, (+) <$> (* 2) <*> (+ 10) $ 3)
  , show ((do { a <- (* 2); b <- (+ 10); return (a + b) }) 3, ("ab", 1) >>= \x -> ("cd", x + 1))
  , show (sequence [[1, 2], [3]], sequence_ [Just 1, Just 2], mapM_ Just [1, 2], zipWithM (\a b -> if b > 0 then Just (a `div` b) else Nothing) [6, 8] [2, 4])
  , show ([1, 2] <> [3], mempty :: String, mconcat ["a", "b", "c"], Just [1] <> Nothing <> Just [2], (compare 1 2 <> compare 3 3), ("a", "b") <> ("c", "d"))
  , show (foldM (\acc x -> [acc + x, acc * x]) 1 [2, 3], join (Just (Just 'j')), void (Just 9), liftM2 (,) "ab" "c", ap [succ] [1, 2])
  , show (Just 5 >> Nothing :: Maybe Int, [1, 2] >> "x", 7 <$ Just 'c', Just 1 *> Just 2, Just 1 <* Just 2, filterM (\x -> Just (x > 1)) [1, 2, 3])
  ]
-- expect: [65,65,65,64,63,63,63,65]
-- expect: ([1,3,33],330)
-- expect: [11,22,33]
-- expect: (Just 7,"aa")
-- expect: (Right 20,Left "divide by zero",Right [12,6,4])
-- expect: ([2,3],Just 3,Right 3,22,("x","5"))
-- expect: ([5],[11,21,20,40],Just 7,19)
-- expect: (19,("abcd",2))
-- expect: ([[1,3],[2,3]],Just (),Just (),Just [3,2])
-- expect: ([1,2,3],"","abc",Just [1,2],LT,("ac","bd"))
-- expect: ([6,9,5,6],Just 'j',Just (),[('a','c'),('b','c')],[2,3])
-- expect: (Nothing,"xx",Just 7,Just 2,Just 1,Just [2,3])
