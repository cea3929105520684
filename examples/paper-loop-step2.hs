-- paper-loop.hs, live edit 1: the melody grows into the first two phrases of
-- "Frère Jacques". Swapped in while the loop plays, it sounds from the next lap on.
module Main where

import Prelude ( (*), (+), (-) ) ;
import Pitch ;
import Midi ;
import List ;

main :: [Event (Channel Message)] ;
main = channel 0 melody ++ main ;

melody :: [Event Message] ;
melody =
   concat [ note qn (c 4), note qn (d 4), note qn (e 4), note qn (c 4) ] ++
   concat [ note qn (c 4), note qn (d 4), note qn (e 4), note qn (c 4) ] ++
   concat [ note qn (e 4), note qn (f 4), note hn (g 4) ] ++
   concat [ note qn (e 4), note qn (f 4), note hn (g 4) ] ;

qn, hn :: Time ;
qn = 250 ;
hn = 2 * qn ;
