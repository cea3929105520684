module ClassOkReturnPolymorphism where
-- expect: ok (a method polymorphic in its result type, fixed by signatures and context)

class Default a where
  def :: a

instance Default Integer where
  def = 64

instance Default Bool where
  def = False

instance Default [a] where
  def = []

velocity :: Integer
velocity = def

flags :: (Bool, [Char])
flags = (def, def)

orDefault :: Default a => Maybe a -> a
orDefault = maybe def id
