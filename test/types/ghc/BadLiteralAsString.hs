module BadLiteralAsString where
-- expect: error: a numeric literal used as a String

title :: String
title = 42
