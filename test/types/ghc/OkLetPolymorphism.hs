module OkLetPolymorphism where
-- expect: ok (a let-bound identity is generalised and used at two types)

pairUp :: (Integer, String)
pairUp =
  let ident x = x
  in (ident 60, ident "C")

both :: (Bool, Char)
both = (twice not True, twice succ 'a')
  where
    twice f = f . f
