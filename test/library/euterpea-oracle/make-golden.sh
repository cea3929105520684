#!/bin/sh
# Computes golden.tsv with the real Euterpea 2 under GHC: each expression of expressions.txt (a
# Performance: `perform m`, `perform1 …`, `merge …`), its events as `(onset, pitch, duration,
# volume)` with the Rationals as (numerator, denominator). EUTERPEA2 is a checkout of Euterpea/Euterpea2 (version 2.0.8, commit
# 83f3307); only its note-level modules Euterpea/Music.lhs and Euterpea/IO/MIDI/MEvent.lhs are
# compiled, and they import only base. Run: EUTERPEA2=/path/to/Euterpea2 ./make-golden.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../euterpea2-setup.sh"
{
  echo 'import Euterpea.Music'
  echo 'import Euterpea.IO.MIDI.MEvent'
  echo 'import Data.Ratio'
  echo 'notes :: Performance -> [((Integer, Integer), Int, (Integer, Integer), Int)]'
  echo 'notes m = [((numerator (eTime e), denominator (eTime e)), ePitch e, (numerator (eDur e), denominator (eDur e)), eVol e) | e <- m]'
  echo 'main :: IO ()'
  printf '%s\n' 'main = mapM_ (\(source, value) -> putStrLn (source ++ "\t" ++ show value)) ['
  sed 's/\\/\\\\/g; s/"/\\"/g' "$here/expressions.txt" | awk 'NR > 1 { printf ",\n" } { printf "  (\"%s\", notes (%s))", $0, $0 }'
  printf '\n  ]\n'
} > "$work/Main.hs"
compile_oracle
"$work/oracle" > "$here/golden.tsv"
