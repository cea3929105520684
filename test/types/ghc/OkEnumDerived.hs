module OkEnumDerived where
-- expect: ok (derived Enum on a data type, fromEnum/succ/pred, enumerations)

data Step = Do | Re | Mi | Fa | Sol
  deriving (Eq, Ord, Show, Enum)

index :: Step -> Int
index = fromEnum

next :: Step -> Step
next s = if s == Sol then Do else succ s

allSteps :: [Step]
allSteps = [Do .. Sol]

codes :: [Int]
codes = map fromEnum "abc"
