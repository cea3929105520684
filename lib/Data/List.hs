-- Data.List: sorting, set-like operations, searching and splitting of lists,
-- plus a re-export of the Prelude's list functions (as Haskell's Data.List does).
module Data.List
  ( -- from the Prelude
    map, (++), filter, head, last, tail, init, null, length, (!!), reverse
  , foldl, foldl', foldl1, foldr, foldr1, and, or, any, all, sum, product
  , concat, concatMap, maximum, minimum
  , scanl, scanl1, scanr, scanr1, iterate, repeat, replicate, cycle
  , take, drop, splitAt, takeWhile, dropWhile, span, break
  , elem, notElem, lookup, zip, zip3, zipWith, zipWith3, unzip, unzip3
  , lines, words, unlines, unwords
    -- defined here
  , sort, sortBy, sortOn, insert, insertBy, maximumBy, minimumBy
  , nub, nubBy, delete, deleteBy, (\\), union, unionBy, intersect, intersectBy
  , group, groupBy, partition, intercalate, intersperse, transpose
  , isPrefixOf, isSuffixOf, isInfixOf, stripPrefix, tails, inits, subsequences, permutations
  , find, findIndex, findIndices, elemIndex, elemIndices, unfoldr, dropWhileEnd
  , genericLength, scanl', iterate'
  ) where

infix 5 \\

-- Sorting ------------------------------------------------------------------------------------

sort :: Ord a => [a] -> [a]
sort = sortBy compare

-- | A stable merge sort.
sortBy :: (a -> a -> Ordering) -> [a] -> [a]
sortBy cmp = mergeAll . map (: [])
  where
    mergeAll [] = []
    mergeAll [xs] = xs
    mergeAll xss = mergeAll (mergePairs xss)
    mergePairs (xs : ys : rest) = mergeTwo xs ys : mergePairs rest
    mergePairs xss = xss
    mergeTwo [] ys = ys
    mergeTwo xs [] = xs
    mergeTwo (x : xs) (y : ys)
      | cmp x y == GT = y : mergeTwo (x : xs) ys
      | otherwise = x : mergeTwo xs (y : ys)

sortOn :: Ord b => (a -> b) -> [a] -> [a]
sortOn key = map snd . sortBy (\x y -> compare (fst x) (fst y)) . map withKey
  where
    withKey x = let k = key x in k `seq` (k, x)

insert :: Ord a => a -> [a] -> [a]
insert = insertBy compare

insertBy :: (a -> a -> Ordering) -> a -> [a] -> [a]
insertBy _ x [] = [x]
insertBy cmp x (y : ys)
  | cmp x y == GT = y : insertBy cmp x ys
  | otherwise = x : y : ys

maximumBy, minimumBy :: (a -> a -> Ordering) -> [a] -> a
maximumBy cmp = foldl1 (\x y -> if cmp x y == GT then x else y)
minimumBy cmp = foldl1 (\x y -> if cmp x y == GT then y else x)

-- Set-like operations ------------------------------------------------------------------------

nub :: Eq a => [a] -> [a]
nub = nubBy (==)

nubBy :: (a -> a -> Bool) -> [a] -> [a]
nubBy eq = go []
  where
    go _ [] = []
    go seen (x : xs)
      | any (eq x) seen = go seen xs
      | otherwise = x : go (x : seen) xs

delete :: Eq a => a -> [a] -> [a]
delete = deleteBy (==)

deleteBy :: (a -> a -> Bool) -> a -> [a] -> [a]
deleteBy _ _ [] = []
deleteBy eq x (y : ys)
  | eq x y = ys
  | otherwise = y : deleteBy eq x ys

(\\) :: Eq a => [a] -> [a] -> [a]
xs \\ ys = foldl (flip delete) xs ys

union :: Eq a => [a] -> [a] -> [a]
union = unionBy (==)

unionBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
unionBy eq xs ys = xs ++ foldl (flip (deleteBy eq)) (nubBy eq ys) xs

intersect :: Eq a => [a] -> [a] -> [a]
intersect = intersectBy (==)

intersectBy :: (a -> a -> Bool) -> [a] -> [a] -> [a]
intersectBy eq xs ys = [x | x <- xs, any (eq x) ys]

-- Grouping and rearranging -------------------------------------------------------------------

group :: Eq a => [a] -> [[a]]
group = groupBy (==)

groupBy :: (a -> a -> Bool) -> [a] -> [[a]]
groupBy _ [] = []
groupBy eq (x : xs) = let (same, rest) = span (eq x) xs in (x : same) : groupBy eq rest

partition :: (a -> Bool) -> [a] -> ([a], [a])
partition p xs = (filter p xs, filter (not . p) xs)

intersperse :: a -> [a] -> [a]
intersperse _ [] = []
intersperse sep (x : xs) = x : concatMap (\y -> [sep, y]) xs

intercalate :: [a] -> [[a]] -> [a]
intercalate sep = concat . intersperse sep

transpose :: [[a]] -> [[a]]
transpose [] = []
transpose ([] : rows) = transpose rows
transpose ((x : xs) : rows) = (x : concatMap (take 1) rows) : transpose (xs : map (drop 1) rows)

subsequences :: [a] -> [[a]]
subsequences xs = [] : nonEmpty xs
  where
    nonEmpty [] = []
    nonEmpty (y : ys) = [y] : foldr (\s rest -> s : (y : s) : rest) [] (nonEmpty ys)

-- | All orderings, in the same order as GHC's Data.List (the list itself first).
permutations :: [a] -> [[a]]
permutations xs = xs : rotations xs []
  where
    -- orderings that differ from the input in the first position whose element is `t`
    rotations [] _ = []
    rotations (t : ts) done = foldr (insertEverywhere t ts) (rotations ts (t : done)) (permutations done)
    insertEverywhere t ts ys rest = snd (spread t ts id ys rest)
    spread _ ts _ [] rest = (ts, rest)
    spread t ts f (y : ys) rest =
      let (us, zs) = spread t ts (f . (y :)) ys rest
      in (y : us, f (t : y : us) : zs)

-- Prefixes, suffixes, searching --------------------------------------------------------------

isPrefixOf :: Eq a => [a] -> [a] -> Bool
isPrefixOf [] _ = True
isPrefixOf _ [] = False
isPrefixOf (x : xs) (y : ys) = x == y && isPrefixOf xs ys

isSuffixOf :: Eq a => [a] -> [a] -> Bool
isSuffixOf xs ys = reverse xs `isPrefixOf` reverse ys

isInfixOf :: Eq a => [a] -> [a] -> Bool
isInfixOf xs ys = any (isPrefixOf xs) (tails ys)

stripPrefix :: Eq a => [a] -> [a] -> Maybe [a]
stripPrefix [] ys = Just ys
stripPrefix (x : xs) (y : ys)
  | x == y = stripPrefix xs ys
  | otherwise = Nothing
stripPrefix _ [] = Nothing

tails :: [a] -> [[a]]
tails [] = [[]]
tails xs@(_ : rest) = xs : tails rest

inits :: [a] -> [[a]]
inits [] = [[]]
inits (x : xs) = [] : map (x :) (inits xs)

find :: (a -> Bool) -> [a] -> Maybe a
find p xs = case filter p xs of
  [] -> Nothing
  (x : _) -> Just x

findIndices :: (a -> Bool) -> [a] -> [Int]
findIndices p xs = [i | (x, i) <- zip xs [0 ..], p x]

findIndex :: (a -> Bool) -> [a] -> Maybe Int
findIndex p xs = case findIndices p xs of
  [] -> Nothing
  (i : _) -> Just i

elemIndex :: Eq a => a -> [a] -> Maybe Int
elemIndex x = findIndex (== x)

elemIndices :: Eq a => a -> [a] -> [Int]
elemIndices x = findIndices (== x)

unfoldr :: (b -> Maybe (a, b)) -> b -> [a]
unfoldr f seed = case f seed of
  Nothing -> []
  Just (x, seed') -> x : unfoldr f seed'

dropWhileEnd :: (a -> Bool) -> [a] -> [a]
dropWhileEnd p = foldr (\x rest -> if p x && null rest then [] else x : rest) []

-- Strict and generic variants ----------------------------------------------------------------

genericLength :: Num i => [a] -> i
genericLength xs = fromIntegral (length xs)

scanl' :: (b -> a -> b) -> b -> [a] -> [b]
scanl' f z xs = z `seq` (z : rest xs)
  where
    rest [] = []
    rest (y : ys) = scanl' f (f z y) ys

iterate' :: (a -> a) -> a -> [a]
iterate' f x = x `seq` (x : iterate' f (f x))
