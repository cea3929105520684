-- A loop for the studio tests: three notes, a slider that shifts the first.
module Main where

import Controller
import Midi

main :: [Event (Channel Message)]
main = channel 0 melody ++ main

melody :: [Event Message]
melody = note 200 (60 + shift) ++ note 200 64 ++ note 200 67

shift :: Integer
shift = slider "shift" 0 12 0
