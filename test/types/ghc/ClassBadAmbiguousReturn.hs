module ClassBadAmbiguousReturn where
-- expect: error: return-type polymorphism left ambiguous (show def)

class Default a where
  def :: a

instance Default Integer where
  def = 64

instance Default Bool where
  def = False

shown :: String
shown = show def
