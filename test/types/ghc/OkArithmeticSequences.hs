module OkArithmeticSequences where
-- expect: ok (arithmetic sequences over integers, characters, derived enumerations)

data Degree = I | II | III | IV | V
  deriving (Eq, Ord, Show, Enum)

octave :: [Integer]
octave = [60 .. 72]

wholeTones :: [Integer]
wholeTones = [60, 62 .. 72]

forever :: [Integer]
forever = [0 ..]

letters :: String
letters = ['a' .. 'g']

degrees :: [Degree]
degrees = [II ..]

firstTen :: [Integer]
firstTen = take 10 [1, 3 ..]
