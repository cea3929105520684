module OkUntilSeq where
-- expect: ok (until, seq, $!, error used at any type)

firstPower :: Integer
firstPower = until (> 1000) (* 2) 1

strictSum :: [Integer] -> Integer
strictSum = go 0
  where
    go acc [] = acc
    go acc (x : xs) = let acc' = acc + x in acc' `seq` go acc' xs

forced :: Integer
forced = negate $! 3

safeHead :: [a] -> a
safeHead [] = error "empty list"
safeHead (x : _) = x
