-- System.Random: a pure, seeded, reproducible random generator. The same seed gives the same
-- numbers on every machine and at every run. The generator is L'Ecuyer's combined linear
-- congruential generator (the algorithm of Haskell's classic random-1.1 StdGen), in exact
-- integer arithmetic; ranges are filled the way random-1.1 fills them. random-1.1's class Random
-- is not here: `randomR` and `random` give any integral type.
module System.Random
  ( StdGen, mkStdGen, next, genRange, split
  , randomR, randomRs, random, randoms
  , pick, picks, shuffle
  ) where

data StdGen = StdGen Integer Integer
  deriving (Eq, Ord, Show)

modulus1, modulus2 :: Integer
modulus1 = 2147483563
modulus2 = 2147483399

-- | A generator from a seed (only its lowest 31 bits count, as in random-1.1).
mkStdGen :: Int -> StdGen
mkStdGen seed =
  let s = toInteger seed `mod` 2147483648
      (q, s1) = s `divMod` (modulus1 - 1)
  in StdGen (s1 + 1) (q `mod` (modulus2 - 1) + 1)

-- | The next raw number, between 1 and 2147483562, and the generator after it.
next :: StdGen -> (Int, StdGen)
next (StdGen s1 s2) =
  let s1' = (40014 * s1) `mod` modulus1
      s2' = (40692 * s2) `mod` modulus2
      z = s1' - s2'
  in (fromInteger (if z < 1 then z + modulus1 - 1 else z), StdGen s1' s2')

-- | The range of the raw numbers that 'next' returns.
genRange :: StdGen -> (Int, Int)
genRange _ = (1, fromInteger (modulus1 - 1))

-- | Two generators that give independent-looking numbers.
split :: StdGen -> (StdGen, StdGen)
split g@(StdGen s1 s2) =
  let StdGen t1 t2 = snd (next g)
      s1' = if s1 == modulus1 - 1 then 1 else s1 + 1
      s2' = if s2 == 1 then modulus2 - 1 else s2 - 1
  in (StdGen s1' t2, StdGen t1 s2')

-- | A uniformly distributed integer in the closed range (either order of the bounds).
randomR :: Integral a => (a, a) -> StdGen -> (a, StdGen)
randomR (lo, hi) g = let (v, g') = randomInteger (toInteger lo) (toInteger hi) g in (fromInteger v, g')

-- 'randomR' on Integer.
randomInteger :: Integer -> Integer -> StdGen -> (Integer, StdGen)
randomInteger lo hi g
  | lo > hi = randomInteger hi lo g
  | otherwise =
      let size = hi - lo + 1
          base = modulus1 - 1
          -- draw raw numbers until they cover the range a thousand times over
          draw magnitude acc gen
            | magnitude >= size * 1000 = (acc, gen)
            | otherwise = let (x, gen') = next gen
                              acc' = acc * base + (toInteger x - 1)
                          in acc' `seq` draw (magnitude * base) acc' gen'
          (v, g') = draw 1 0 g
      in (lo + v `mod` size, g')

-- | An infinite list of numbers in the range.
randomRs :: Integral a => (a, a) -> StdGen -> [a]
randomRs range g = let (x, g') = randomR range g in x : randomRs range g'

-- | A number in the range of a 64-bit Int, as Haskell's `random` gives for Int.
random :: Integral a => StdGen -> (a, StdGen)
random g = let (v, g') = randomInteger (negate (2 ^ 63)) (2 ^ 63 - 1) g in (fromInteger v, g')

randoms :: Integral a => StdGen -> [a]
randoms g = let (x, g') = random g in x : randoms g'

-- | One element of a non-empty list, chosen at random.
pick :: [a] -> StdGen -> (a, StdGen)
pick [] _ = errorWithoutStackTrace "System.Random.pick: empty list"
pick xs g = let (i, g') = randomR (0, length xs - 1) g in (xs !! i, g')

-- | An infinite list of elements of a non-empty list, each chosen at random.
picks :: [a] -> StdGen -> [a]
picks xs g = let (x, g') = pick xs g in x : picks xs g'

-- | The elements of a finite list in a random order.
shuffle :: StdGen -> [a] -> [a]
shuffle _ [] = []
shuffle g xs =
  let (i, g') = randomR (0, length xs - 1) g
      (before, chosen : after) = splitAt i xs
  in chosen : shuffle g' (before ++ after)
