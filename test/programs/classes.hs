-- Classes with their run-time meaning: user classes with superclasses and default methods,
-- instances with contexts, return-type polymorphism, derived and written instances of the
-- Prelude's classes side by side. The expected lines are GHC's:
--   sed 's/^main =/outputs =/' test/programs/classes.hs > /tmp/c.hs &&
--   echo 'main = mapM_ putStrLn outputs' >> /tmp/c.hs && runghc /tmp/c.hs
data Color = Red | Green | Blue
  deriving (Show, Eq, Ord, Enum, Bounded)

data Shape = Circle Integer | Rect { width :: Integer, height :: Integer } | Integer :+ Integer
  deriving (Show, Eq, Ord)

infixl 6 :+

-- A class of its own, with a default method and a method of another type.
class Describe a where
  describe :: a -> String
  describe _ = "something"
  nameOf :: a -> String

instance Describe Color where
  nameOf c = "color " ++ show c

instance Describe Bool where
  describe b = if b then "yes" else "no"
  nameOf _ = "a truth"

-- An instance with a context.
instance Describe a => Describe [a] where
  nameOf xs = "list of " ++ concatMap nameOf xs
  describe xs = unwords (map describe xs)

-- A written Show that derived instances around it use.
newtype Cents = Cents Integer
instance Show Cents where
  showsPrec d (Cents n) = showParen (d > 10) (showString "¢" . shows n)

data Price = Price String Cents
  deriving Show

-- A written Eq that a derived Eq and the list instance use.
data Note = Note Integer Integer
instance Eq Note where
  Note p _ == Note q _ = p == q

data Chord = Chord [Note]
  deriving Eq

-- Return-type polymorphism.
class Default a where
  def :: a

instance Default Integer where
  def = 42

instance Default Bool where
  def = True

instance (Default a, Default b) => Default (a, b) where
  def = (def, def)

-- A superclass and a default that uses it.
class Eq a => Container a where
  members :: a -> [Integer]
  sameAs :: a -> a -> Bool
  sameAs x y = x == y

instance Container Chord where
  members (Chord notes) = [p | Note p _ <- notes]

-- A class over a type constructor.
class Stack f where
  empty :: f a
  push :: a -> f a -> f a
  items :: f a -> [a]

newtype ListStack a = ListStack [a]

instance Stack ListStack where
  empty = ListStack []
  push x (ListStack xs) = ListStack (x : xs)
  items (ListStack xs) = xs

-- A number type of its own: literals and arithmetic through its instance.
data V = V Integer Integer
  deriving (Show, Eq)

instance Num V where
  V a b + V c d = V (a + c) (b + d)
  V a b * V c d = V (a * c) (b * d)
  negate (V a b) = V (negate a) (negate b)
  abs (V a b) = V (abs a) (abs b)
  signum (V a b) = V (signum a) (signum b)
  fromInteger n = V n n

-- A number in a pattern at a type with its own instance: compared by its Eq after fromInteger.
describeV :: V -> String
describeV 0 = "zero"
describeV 1 = "one"
describeV _ = "other"

total :: Num a => [a] -> a
total = foldr (+) 0

-- An overloaded function used at two types, and one calling another.
twice :: Describe a => a -> String
twice x = describe x ++ "/" ++ describe x

both :: (Describe a, Describe b) => a -> b -> String
both x y = twice x ++ " & " ++ nameOf y

main =
  [ show [minBound .. maxBound :: Color]
  , describe Red ++ ", " ++ describe True ++ ", " ++ nameOf Blue
  , describe [True, False] ++ "; " ++ nameOf [Red, Green]
  , show (Price "tea" (Cents 250))
  , show [Just (Cents 5)]
  , show (Chord [Note 60 1, Note 64 2] == Chord [Note 60 9, Note 64 8], [Note 1 2] == [Note 1 3])
  , show (def :: Integer, def :: (Bool, Integer))
  , show (sameAs (Chord [Note 1 1]) (Chord [Note 1 2]), members (Chord [Note 60 1, Note 67 1]))
  , show (items (push 1 (push 2 empty) :: ListStack Integer))
  , show (total [V 1 2, V 3 4] + 10, total [1, 2, 3 :: Integer])
  , twice Green ++ " | " ++ both True Red
  , show "" ++ " " ++ show ["c", "", "e"] ++ " " ++ show (Just "")
  , show (Rect { width = 3, height = -4 }, 2 :+ 3, Circle (-1))
  , show (compare (Circle 1) (Rect 1 1), Circle 5 < Circle 6, maximum [Rect 1 2, Rect 1 3, Circle 9])
  , show (toEnum 2 :: Color, fromEnum Blue, succ Red, [Red ..], minBound :: (Bool, Color))
  , show (Just (-3), [Left 1, Right "x"], (1, 'c', "s", [()]))
  , unwords (map describeV [V 0 0, V 1 1, V 1 0, 0])
  ]
-- expect: [Red,Green,Blue]
-- expect: something, yes, color Blue
-- expect: yes no; list of color Redcolor Green
-- expect: Price "tea" (¢250)
-- expect: [Just (¢5)]
-- expect: (True,True)
-- expect: (42,(True,42))
-- expect: (True,[60,67])
-- expect: [1,2]
-- expect: (V 14 16,6)
-- expect: something/something | yes/yes & color Red
-- expect: "" ["c","","e"] Just ""
-- expect: (Rect {width = 3, height = -4},2 :+ 3,Circle (-1))
-- expect: (LT,True,Rect {width = 1, height = 3})
-- expect: (Blue,2,Green,[Red,Green,Blue],(False,Red))
-- expect: (Just (-3),[Left 1,Right "x"],(1,'c',"s",[()]))
-- expect: zero one other zero
