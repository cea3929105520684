-- The melody loop of the live-sequencer paper (Thielemann and Waldmann, "Live music
-- programming in Haskell", LAC 2013), in the original's style: semicolons end declarations
-- and the imports name what they use. `main` is a melody followed by `main` itself, so the
-- loop picks up an edited `main` or `melody` at the start of the next lap.
--
-- While it plays, apply the steps one after another (each file is this module, edited):
--   paper-loop-step2.hs   a longer melody
--   paper-loop-step3.hs   a bass voice in parallel (=:=)
--   paper-loop-step4.hs   faster, and the melody an octave up
-- e.g. refrain events examples/paper-loop.hs --swap 30:examples/paper-loop-step2.hs
module Main where

import Prelude ( (*), (+), (-) ) ;
import Pitch ;
import Midi ;
import List ;

main :: [Event (Channel Message)] ;
main = channel 0 melody ++ main ;

melody :: [Event Message] ;
melody =
   note qn (c 4) ++ note qn (d 4) ++ note qn (e 4) ++ note qn (c 4) ;

qn, hn :: Time ;
qn = 250 ;
hn = 2 * qn ;
