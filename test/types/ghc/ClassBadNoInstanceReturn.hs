module ClassBadNoInstanceReturn where
-- expect: error: a return-polymorphic method used at a type without an instance (Default Integer)

class Default a where
  def :: a

instance Default Bool where
  def = False

velocity :: Integer
velocity = def
