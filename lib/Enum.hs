-- The live-sequencer's Enum module: successor, predecessor and counting upwards, which here are
-- the built-in primitives (they also work on characters and on constructors of enumerations).
module Enum (succ, pred, enumFrom) where
