-- paper-loop.hs, live edit 2: a bass voice on channel 1 plays with the melody. `=:=` merges
-- the two streams and binds tighter than `++`, so no parentheses are needed around it.
module Main where

import Prelude ( (*), (+), (-) ) ;
import Pitch ;
import Midi ;
import List ;

main :: [Event (Channel Message)] ;
main = channel 0 melody =:= channel 1 bass ++ main ;

melody :: [Event Message] ;
melody =
   concat [ note qn (c 4), note qn (d 4), note qn (e 4), note qn (c 4) ] ++
   concat [ note qn (c 4), note qn (d 4), note qn (e 4), note qn (c 4) ] ++
   concat [ note qn (e 4), note qn (f 4), note hn (g 4) ] ++
   concat [ note qn (e 4), note qn (f 4), note hn (g 4) ] ;

bass :: [Event Message] ;
bass =
   concat [ note hn (c 3), note hn (g 2), note hn (c 3), note hn (g 2) ] ;

qn, hn :: Time ;
qn = 250 ;
hn = 2 * qn ;
