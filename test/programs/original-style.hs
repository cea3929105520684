module Main where

import Prelude ( (+), (-), (*), (==), show ) ;
import Bool ;
import Function ;
import List ;

-- The original live-sequencer's style: every declaration ends with `;`, continuation lines at
-- any column, `ifThenElse`, `applyStrict`, names missing from an import list.
main :: [ String ] ;
main = [ show (countdown 3)
, show (ifThenElse (1 == 1) 10 20)
, show (applyStrict length (replicate 4 'x'))
, show (nest 3 (+ 2) 0)
, show (map (* 2) [1, 2])
] ;

countdown :: Integer -> [ Integer ] ;
countdown 0 = [] ;
countdown n =
n : countdown (n - 1) ;
-- expect: [3,2,1]
-- expect: 10
-- expect: 4
-- expect: 6
-- expect: [2,4]
