-- A pattern-match failure names the function, its position and the argument.
onlyJust (Just x) = x

main = [show (onlyJust (Just 1)), show (onlyJust (Nothing :: Maybe Integer))]
-- expect: 1
-- expect error: runtime-error-match.hs:2:1: error: no equation of `onlyJust` matches for the argument Nothing
