module BadEqNoInstance where
-- expect: error: == on a type without an Eq instance

data Colour = Red | Green | Blue

isRed :: Colour -> Bool
isRed c = c == Red
