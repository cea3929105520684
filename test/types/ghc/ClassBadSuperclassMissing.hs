module ClassBadSuperclassMissing where
-- expect: error: an instance whose superclass instance is missing (Show Step)

class Show a => Pretty a where
  pretty :: a -> String

data Step = C | D

instance Pretty Step where
  pretty C = "C"
  pretty D = "D"
