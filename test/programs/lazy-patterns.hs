-- Lazy patterns `~p` match without forcing; their variables are matched when used. The expected
-- lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/lazy-patterns.hs > /tmp/l.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/l.hs && runghc /tmp/l.hs
lazyPair :: (Integer, Integer) -> String
lazyPair ~(a, b) = "not forced"

firstOf :: (Integer, Integer) -> Integer
firstOf ~(a, _) = a

-- Splits a list into the elements at even and odd places, lazily enough for an infinite list.
splitEvens :: [a] -> ([a], [a])
splitEvens [] = ([], [])
splitEvens (x : rest) = let ~(odds, evens) = splitEvens rest in (x : evens, odds)

pairsOf :: [a] -> [(a, a)]
pairsOf xs = zip evens odds
  where ~(evens, odds) = splitEvens xs

unzipLazy :: [(a, b)] -> ([a], [b])
unzipLazy = foldr (\ ~(a, b) ~(as, bs) -> (a : as, b : bs)) ([], [])

nested :: Maybe (Integer, Integer) -> Integer
nested (Just ~(a, _)) = 1
nested Nothing = 0

main =
  [ lazyPair undefined
  , show (firstOf (3, undefined))
  , show (take 5 (fst (splitEvens [0 ..])))
  , show (take 3 (pairsOf [1 ..]))
  , show (take 4 (fst (unzipLazy (zip [1 ..] "abcd"))))
  , show (nested (Just undefined), nested Nothing)
  , show (case undefined of ~(_, _) -> 7)
  ]
-- expect: not forced
-- expect: 3
-- expect: [0,2,4,6,8]
-- expect: [(1,2),(3,4),(5,6)]
-- expect: [1,2,3,4]
-- expect: (1,0)
-- expect: 7
