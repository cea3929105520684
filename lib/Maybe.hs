-- The live-sequencer's Maybe module (the same functions as Data.Maybe).
module Maybe (Maybe (..), maybe, fromMaybe, catMaybes, mapMaybe) where

import Data.Maybe (fromMaybe, catMaybes, mapMaybe)
