-- A module for the module tests: an export list with a type, its constructors, and functions.
module Geometry.Shapes (Shape (..), area, perimeter, secret) where

data Shape = Square Integer | Rectangle Integer Integer deriving Show

area (Square side) = side * side
area (Rectangle width height) = width * height

perimeter (Square side) = 4 * side
perimeter (Rectangle width height) = 2 * (width + height)

secret = "exported"

hidden = "not exported"
