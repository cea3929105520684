module BadSqrtLength where
-- expect: error: sqrt of an Int (no Floating Int instance), no signature

spread xs = sqrt (length xs)
