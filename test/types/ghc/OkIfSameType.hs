module OkIfSameType where
-- expect: ok (both branches of the if are numbers)

volume :: Bool -> Integer
volume loud = if loud then 100 else 60

label :: Bool -> String
label loud = if loud then "forte" else "piano"
