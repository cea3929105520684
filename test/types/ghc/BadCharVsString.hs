module BadCharVsString where
-- expect: error: a Char used where a String is needed

greeting :: String
greeting = 'H' ++ "ello"
