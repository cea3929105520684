-- Literals: integers of any size, decimals (Doubles unless used as Rationals), strings with escapes, characters.
-- The expected lines are GHC's:
--   { echo 'import Data.Ratio'; sed 's/^main =/outputs =/' test/programs/literals.hs;
--     echo 'main = mapM_ putStrLn outputs'; } > /tmp/literals.hs && runghc /tmp/literals.hs
main =
  [ show 12345678901234567890123
  , show (2 ^ 100)
  , show 0.5
  , show (0.1 + 0.2 == 0.3)
  , show 1.25e2
  , show 0x1F
  , show 0o17
  , show 'a'
  , show '\n'
  , "tab:\there"
  , show "quote \" and \\ backslash"
  , show "\1234\&5"
  , show "\SOH"
  , "caf\233"
  , show (-5)
  , show (negate 7)
  , show [1, -2, 3]
  , show (Just (-3))
  ]
-- expect: 12345678901234567890123
-- expect: 1267650600228229401496703205376
-- expect: 0.5
-- expect: False
-- expect: 125.0
-- expect: 31
-- expect: 15
-- expect: 'a'
-- expect: '\n'
-- expect: tab:	here
-- expect: "quote \" and \\ backslash"
-- expect: "\1234\&5"
-- expect: "\SOH"
-- expect: café
-- expect: -5
-- expect: -7
-- expect: [1,-2,3]
-- expect: Just (-3)
