-- `show` prints values as Haskell's derived Show does.
-- The expected lines are GHC's:
--   { echo 'import Data.Ratio'; sed 's/^main =/outputs =/' test/programs/show.hs;
--     echo 'main = mapM_ putStrLn outputs'; } > /tmp/show.hs && runghc /tmp/show.hs
infixr 5 :+:
data Music = Note Integer | Music :+: Music | Rest deriving Show
data Pair a b = Pair a b deriving Show

main =
  [ show (Note 1 :+: Note 2 :+: Rest)
  , show ((Note 1 :+: Note 2) :+: Rest)
  , show (Pair (-1) (Just (Pair 'x' [1.5])))
  , show (Left 3 :: Either Integer String, Right "r" :: Either Integer String)
  , show [Just [1], Nothing]
  , show ((), [()], ("s", 'q'))
  , show (Just (Note (-2)))
  , show [LT, EQ, GT]
  , show (Just True, [False])
  ]
-- expect: Note 1 :+: (Note 2 :+: Rest)
-- expect: (Note 1 :+: Note 2) :+: Rest
-- expect: Pair (-1) (Just (Pair 'x' [1.5]))
-- expect: (Left 3,Right "r")
-- expect: [Just [1],Nothing]
-- expect: ((),[()],("s",'q'))
-- expect: Just (Note (-2))
-- expect: [LT,EQ,GT]
-- expect: (Just True,[False])
