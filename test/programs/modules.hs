-- Modules: hierarchical names, import lists, qualified, as, hiding, re-exports.
module Main (main) where

import qualified Geometry.Shapes as S
import Geometry.Scale (scale, Shape (Square))
import Geometry.Shapes hiding (secret)
import Data.List (sort)
import qualified Data.Char

main =
  [ show (S.area (S.Rectangle 2 3))
  , show (perimeter (scale 2 (Square 1)))
  , S.secret
  , show (sort [3, 1, 2])
  , show (map Data.Char.toUpper "abc")
  , show (area (Square 3))
  ]
-- expect: 6
-- expect: 8
-- expect: exported
-- expect: [1,2,3]
-- expect: "ABC"
-- expect: 9
