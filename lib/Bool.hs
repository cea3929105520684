-- The live-sequencer's Bool module: a conditional as a function (songs of the original have no
-- `if`), and the Boolean operators (the Prelude's own).
module Bool (Bool (..), ifThenElse, not, xor, (&&), (||)) where

ifThenElse :: Bool -> a -> a -> a
ifThenElse True yes _ = yes
ifThenElse False _ no = no

-- | Exclusive or: True when exactly one argument is True.
xor :: Bool -> Bool -> Bool
xor x y = x /= y
