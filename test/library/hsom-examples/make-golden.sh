#!/bin/sh
# Computes golden.tsv with the real Euterpea 2 under GHC: each value of values.txt, performed
# (`perform`), as the number of events and the SHA-256 of their `(onset, pitch, duration,
# volume)` list printed by `show` (the Rationals as (numerator, denominator)), which the test
# computes the same way. The HSoM files here are the HSoM repository's (Euterpea/HSoM, commit
# 75338cb, with its License), unchanged. EUTERPEA2 is a checkout of
# Euterpea/Euterpea2 (version 2.0.8, commit 83f3307); its Euterpea/Music.lhs and
# Euterpea/IO/MIDI/MEvent.lhs are compiled, and a module `Euterpea` re-exporting the two stands
# in for the package's top module (the examples use nothing else).
# Run: EUTERPEA2=/path/to/Euterpea2 ./make-golden.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../euterpea2-setup.sh"
cp -R "$here/HSoM" "$work/HSoM"
printf '%s\n' 'module Euterpea (module Euterpea.Music, module Euterpea.IO.MIDI.MEvent) where' \
  'import Euterpea.Music' 'import Euterpea.IO.MIDI.MEvent' > "$work/Euterpea.hs"
{
  grep '^import\|^notes' "$here/Performances.hs"
  echo 'main :: IO ()'
  printf '%s\n' 'main = mapM_ (\(name, events) -> putStrLn (name ++ "\t" ++ show (length events) ++ "\t" ++ show events)) ['
  awk 'NR > 1 { printf ",\n" } { printf "  (\"%s\", notes (perform (%s)))", $0, $0 }' "$here/values.txt"
  printf '\n  ]\n'
} > "$work/Main.hs"
compile_oracle
"$work/oracle" | while IFS="$(printf '\t')" read -r name count events; do
  printf '%s\t%s\t%s\n' "$name" "$count" "$(printf '%s' "$events" | sha256sum | cut -d' ' -f1)"
done > "$here/golden.tsv"
