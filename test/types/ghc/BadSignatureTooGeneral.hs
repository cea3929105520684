module BadSignatureTooGeneral where
-- expect: error: the signature is more general than the definition (no Num a)

f :: a -> a
f x = x + 1
