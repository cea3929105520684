module BadConstructorArity where
-- expect: error: a constructor of two fields is applied to one argument

data Note = Note Integer Integer

notes :: [Note]
notes = [Note 60 64, Note 62]
