module ClassBadTypeSynonymInstance where
-- expect: error: an instance for String (a synonym for [Char]) is illegal in Haskell 2010

class Pretty a where
  pretty :: a -> String

instance Pretty String where
  pretty s = s
