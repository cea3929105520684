module BadLambdaBoundPoly where
-- expect: error: a lambda-bound (argument) function is monomorphic, used at Bool and Char

both f = (f True, f 'c')
