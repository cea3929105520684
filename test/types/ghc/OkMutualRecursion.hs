module OkMutualRecursion where
-- expect: ok (mutually recursive functions, one with and one without a signature)

isEven :: Integer -> Bool
isEven 0 = True
isEven n = isOdd (n - 1)

isOdd 0 = False
isOdd n = isEven (n - 1)

ping :: Int -> [String]
ping 0 = []
ping n = "ping" : pong (n - 1)

pong 0 = []
pong n = "pong" : ping (n - 1)
