module BadAmbiguousShow where
-- expect: error: show [] is ambiguous (the element type is not fixed and defaulting does not apply)

empty :: String
empty = show []
