#!/bin/sh
# Type-checks every NAME.hs in this folder on its own with GHC (no code generation, warnings off,
# Haskell 2010) and writes expected.txt: one line per file, either "NAME.hs: ok" or
# "NAME.hs:LINE:COL: error: FIRST LINE OF GHC'S MESSAGE" for GHC's first reported error.
set -eu
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8
GHC=${GHC:-ghc}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
: > expected.txt
for file in *.hs; do
  if "$GHC" -fno-code -XHaskell2010 -w -fforce-recomp -fdiagnostics-color=never -i \
      -outputdir "$out" "$file" > "$out/stdout" 2> "$out/stderr"; then
    echo "$file: ok" >> expected.txt
  else
    # First "FILE:POS: error:" header; POS is L:C, L:C-C or (L,C)-(L,C); keep its start only.
    awk -v file="$file" '
      !found && index($0, file ":") == 1 && / error:/ {
        pos = substr($0, length(file) + 2)
        sub(/: error:.*/, "", pos)
        if (pos ~ /^\(/) { gsub(/[()]/, "", pos); split(pos, p, /[,-]/); pos = p[1] ":" p[2] }
        else { split(pos, p, /[:-]/); pos = p[1] ":" p[2] }
        rest = $0; sub(/.*: error:[ ]*/, "", rest)
        found = 1; if (rest != "") { message = rest; exit } next
      }
      found && $0 ~ /[^ ]/ { message = $0; sub(/^[ ]*(• )?/, "", message); exit }
      END { if (found) printf "%s:%s: error: %s\n", file, pos, message; else printf "%s: error: (no position)\n", file }
    ' "$out/stderr" >> expected.txt
  fi
done
