-- A program whose `main` is an action, as GHC runs one: putStrLn, print, do with let and <-,
-- results threaded through >>=, fmap over IO, mapM_, forM_, when, unless, replicateM_,
-- zipWithM_, foldM and recursion in IO. Its lines are the song's texts (Say; `putStr` is left out:
-- here each text is a line of its own).
-- The expected lines are GHC's: runghc test/programs/io.hs
import Control.Monad

countdown :: Int -> IO ()
countdown 0 = putStrLn "go"
countdown n = do
  print n
  countdown (n - 1)

sumTo :: Int -> IO Int
sumTo n = foldM (\total k -> return (total + k)) 0 [1 .. n]

main :: IO ()
main = do
  putStrLn "start"
  let pitches = [60, 62, 64] :: [Integer]
  mapM_ print pitches
  total <- sumTo 10
  putStrLn ("sum " ++ show total)
  doubled <- fmap (* 2) (return total)
  print doubled
  forM_ (zip [1 :: Int ..] "abc") $ \(i, ch) -> putStrLn (show i ++ [ch])
  when (total > 50) (putStrLn "big")
  unless (total > 50) (putStrLn "small")
  replicateM_ 2 (putStrLn "again")
  zipWithM_ (\a b -> print (a * b)) [1, 2, 3 :: Int] [4, 5, 6]
  countdown 3
  xs <- mapM (\x -> return (x + 1)) [1, 2, 3 :: Int]
  print xs
  r <- pure "pure" >>= \s -> return (s ++ "!")
  putStrLn r
-- expect: start
-- expect: 60
-- expect: 62
-- expect: 64
-- expect: sum 55
-- expect: 110
-- expect: 1a
-- expect: 2b
-- expect: 3c
-- expect: big
-- expect: again
-- expect: again
-- expect: 4
-- expect: 10
-- expect: 18
-- expect: 3
-- expect: 2
-- expect: 1
-- expect: go
-- expect: [2,3,4]
-- expect: pure!
