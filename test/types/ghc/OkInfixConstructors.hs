module OkInfixConstructors where
-- expect: ok (infix constructors with a fixity declaration)

infixr 5 :+:, :=:

data Music = Tone Integer Integer | Music :+: Music | Music :=: Music

duration :: Music -> Integer
duration (Tone d _) = d
duration (a :+: b) = duration a + duration b
duration (a :=: b) = max (duration a) (duration b)

tune :: Music
tune = Tone 1 60 :+: Tone 1 62 :=: Tone 2 55 :+: Tone 1 64
