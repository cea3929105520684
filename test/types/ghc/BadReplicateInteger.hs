module BadReplicateInteger where
-- expect: error: replicate takes an Int, given an Integer

copies :: Integer -> String
copies n = replicate n 'x'
