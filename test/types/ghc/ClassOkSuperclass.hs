module ClassOkSuperclass where
-- expect: ok (a class with a superclass; a constrained function uses both classes' methods)

class Show a => Pretty a where
  pretty :: a -> String

data Step = C | D
  deriving Show

instance Pretty Step where
  pretty s = "<" ++ show s ++ ">"

instance Pretty Bool where
  pretty b = if b then "yes" else "no"

describe :: Pretty a => a -> String
describe x = pretty x ++ " (" ++ show x ++ ")"

both :: String
both = describe C ++ describe True
