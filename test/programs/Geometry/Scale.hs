-- A second module: re-exports Geometry.Shapes and adds `scale`.
module Geometry.Scale (module Geometry.Shapes, scale, area) where

import Geometry.Shapes

scale k (Square side) = Square (k * side)
scale k (Rectangle width height) = Rectangle (k * width) (k * height)
