module BadSignatureTooGeneralRigid where
-- expect: error: the signature claims any list but the definition needs a String

shout :: [a] -> [a]
shout s = s ++ "!"
