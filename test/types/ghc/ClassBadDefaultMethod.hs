module ClassBadDefaultMethod where
-- expect: error: a default method uses show, but the class has no Show superclass

class Pretty a where
  pretty :: a -> String
  pretty = show
