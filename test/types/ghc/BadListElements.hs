module BadListElements where
-- expect: error: list elements of different types (Char and String)

letters = ['C', "D", 'E']
