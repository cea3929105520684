module OkNewtype where
-- expect: ok (a newtype wrapped and unwrapped)

newtype Velocity = Velocity Integer

unVelocity :: Velocity -> Integer
unVelocity (Velocity v) = v

louder :: Velocity -> Velocity
louder (Velocity v) = Velocity (min 127 (v + 10))

newtype Wrap a = Wrap a

unwrap :: Wrap a -> a
unwrap (Wrap x) = x

loudest :: Integer
loudest = unVelocity (louder (unwrap (Wrap (Velocity 120))))
