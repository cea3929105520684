-- The live-sequencer's Function module: composition, application, strict application and
-- repetition of functions.
module Function (id, const, flip, (.), ($), applyStrict, nest, fix) where

-- | Evaluates the argument (to its outermost constructor or number) before applying the
-- function: the original's name for `$!`.
applyStrict :: (a -> b) -> a -> b
applyStrict f x = f $! x

-- | `nest n f x` applies `f` to `x` n times: `nest 3 (2 *) 1 == 8`.
nest :: Int -> (a -> a) -> a -> a
nest n f x
  | n <= 0 = x
  | otherwise = nest (n - 1) f (f x)

-- | The least fixed point: `fix f = f (fix f)`, e.g. `fix (note 500 60 ++)` repeats forever.
fix :: (a -> a) -> a
fix f = let x = f x in x
