module BadShowFunction where
-- expect: error: show of a function (no Show instance for functions)

label :: String
label = show not
