-- System.Random: a pure, seeded, reproducible random generator. The same seed gives the same
-- numbers on every machine and at every run. The generator is L'Ecuyer's combined linear
-- congruential generator (the algorithm of Haskell's classic random-1.1 StdGen), in exact
-- integer arithmetic; random-1.1's classes RandomGen and Random, with its instances for Int,
-- Integer, Double, Float, Bool and Char, fill ranges the way random-1.1 fills them.
module System.Random
  ( RandomGen (..), StdGen, mkStdGen
  , Random (..)
  , pick, picks, shuffle
  ) where

-- | A source of raw random numbers.
class RandomGen g where
  next :: g -> (Int, g)
  genRange :: g -> (Int, Int)
  split :: g -> (g, g)
  genRange _ = (minBound, maxBound)

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

instance RandomGen StdGen where
  -- The next raw number, between 1 and 2147483562, and the generator after it.
  next (StdGen s1 s2) =
    let s1' = (40014 * s1) `mod` modulus1
        s2' = (40692 * s2) `mod` modulus2
        z = s1' - s2'
    in (fromInteger (if z < 1 then z + modulus1 - 1 else z), StdGen s1' s2')
  genRange _ = (1, fromInteger (modulus1 - 1))
  -- Two generators that give independent-looking numbers.
  split g@(StdGen s1 s2) =
    let StdGen t1 t2 = snd (next g)
        s1' = if s1 == modulus1 - 1 then 1 else s1 + 1
        s2' = if s2 == 1 then modulus2 - 1 else s2 - 1
    in (StdGen s1' t2, StdGen t1 s2')

-- | Values of a type drawn from a generator: in a closed range (`randomR`; for Double and Float
-- the range is half open, as in random-1.1), or over the type's whole range (`random`; [0, 1)
-- for Double and Float).
class Random a where
  randomR :: RandomGen g => (a, a) -> g -> (a, g)
  random :: RandomGen g => g -> (a, g)
  randomRs :: RandomGen g => (a, a) -> g -> [a]
  randomRs range g = let (x, g') = randomR range g in x `seq` (x : randomRs range g')
  randoms :: RandomGen g => g -> [a]
  randoms g = let (x, g') = random g in x `seq` (x : randoms g')

instance Random Integer where
  randomR (lo, hi) = randomInteger lo hi
  random = randomR (toInteger (minBound :: Int), toInteger (maxBound :: Int))

instance Random Int where
  randomR (lo, hi) g = let (v, g') = randomInteger (toInteger lo) (toInteger hi) g in (fromInteger v, g')
  random = randomR (minBound, maxBound)

-- 53 random bits over 2^53, from a 64-bit number.
instance Random Double where
  randomR = randomFloating
  random g = let (x, g') = randomInteger (negate (2 ^ 63)) (2 ^ 63 - 1) g in (fromInteger (x `mod` 2 ^ 53) / 2 ^ 53, g')

-- 24 random bits over 2^24, from a 32-bit number.
instance Random Float where
  randomR = randomFloating
  random g = let (x, g') = randomInteger (negate (2 ^ 31)) (2 ^ 31 - 1) g in (fromInteger (x `mod` 2 ^ 24) / 2 ^ 24, g')

instance Random Bool where
  randomR (lo, hi) g = let (v, g') = randomInteger (fromBool lo) (fromBool hi) g in (v /= 0, g')
    where fromBool b = if b then 1 else 0
  random = randomR (False, True)

instance Random Char where
  randomR (lo, hi) g = let (v, g') = randomInteger (toInteger (fromEnum lo)) (toInteger (fromEnum hi)) g in (toEnum (fromInteger v), g')
  random = randomR (minBound, maxBound)

-- random-1.1's randomRFloating: the range scaled by a number in [0, 1).
randomFloating :: (RandomGen g, Random a, Fractional a, Ord a) => (a, a) -> g -> (a, g)
randomFloating (lo, hi) g
  | lo > hi = randomFloating (hi, lo) g
  | otherwise = let (coefficient, g') = random g in (2.0 * (0.5 * lo + coefficient * (0.5 * hi - 0.5 * lo)), g')

-- A uniformly distributed integer in the closed range (either order of the bounds): raw numbers
-- drawn until they cover the range a thousand times over, as random-1.1's randomIvalInteger.
randomInteger :: RandomGen g => Integer -> Integer -> g -> (Integer, g)
randomInteger lo hi g
  | lo > hi = randomInteger hi lo g
  | otherwise =
      let size = hi - lo + 1
          (low, high) = genRange g
          base = toInteger high - toInteger low + 1
          draw magnitude acc gen
            | magnitude >= size * 1000 = (acc, gen)
            | otherwise = let (x, gen') = next gen
                              acc' = acc * base + (toInteger x - toInteger low)
                          in acc' `seq` draw (magnitude * base) acc' gen'
          (v, g') = draw 1 0 g
      in (lo + v `mod` size, g')

-- | One element of a non-empty list, chosen at random.
pick :: RandomGen g => [a] -> g -> (a, g)
pick [] _ = errorWithoutStackTrace "System.Random.pick: empty list"
pick xs g = let (i, g') = randomR (0, length xs - 1) g in (xs !! i, g')

-- | An infinite list of elements of a non-empty list, each chosen at random.
picks :: RandomGen g => [a] -> g -> [a]
picks xs g = let (x, g') = pick xs g in x : picks xs g'

-- | The elements of a finite list in a random order.
shuffle :: RandomGen g => g -> [a] -> [a]
shuffle _ [] = []
shuffle g xs =
  let (i, g') = randomR (0, length xs - 1) g
      (before, chosen : after) = splitAt i xs
  in chosen : shuffle g' (before ++ after)
