module OkLocalPolymorphicWhere where
-- expect: ok (a where-bound polymorphic helper used at two types)

report :: Integer -> Bool -> (String, String)
report n b = (bracket (show n), bracket (map toSymbol [b, not b]))
  where
    bracket xs = "[" ++ xs ++ "]"
    toSymbol True = 'x'
    toSymbol False = '.'

pairs :: ([Integer], String)
pairs = (dup 1, dup 'a')
  where
    dup x = [x, x]
