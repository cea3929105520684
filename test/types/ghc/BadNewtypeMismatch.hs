module BadNewtypeMismatch where
-- expect: error: a newtype value used where its underlying Integer is needed

newtype Velocity = Velocity Integer

key :: Integer
key = Velocity 60
