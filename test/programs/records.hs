-- Records: declaration, field selectors, construction, update, show; data deriving accepted.
data Note = Note { pitch :: Integer, velocity :: Integer, label :: String }
  deriving (Show, Eq)

data Shape = Square Integer | Named { name :: String, size :: Integer } deriving Show

middleC = Note { pitch = 60, velocity = 64, label = "C" }

main =
  [ show middleC
  , show (pitch middleC + 12)
  , show (middleC { velocity = 100, label = "loud" })
  , show (Note 62 50 "D" == Note 62 50 "D")
  , show [Square 2, Named "box" 3]
  , name (Named { size = 1, name = "tiny" })
  , show (Just middleC { pitch = 1 })
  , show (Just (Note (30 + 30) (2 * 32) ("C" ++ "#")))
  ]
-- expect: Note {pitch = 60, velocity = 64, label = "C"}
-- expect: 72
-- expect: Note {pitch = 60, velocity = 100, label = "loud"}
-- expect: True
-- expect: [Square 2,Named {name = "box", size = 3}]
-- expect: tiny
-- expect: Just (Note {pitch = 1, velocity = 64, label = "C"})
-- expect: Just (Note {pitch = 60, velocity = 64, label = "C#"})
