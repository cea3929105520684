#!/bin/sh
# Type-checks every module of lib/ with GHC (Haskell 2010, no code generation), against the shim
# Refrain/Primitive.hs standing in for the built-in module. One line per module; exit 1 on any error.
set -u
here=$(cd "$(dirname "$0")" && pwd)
lib=$(cd "$here/../../../lib" && pwd)
export LC_ALL=C.UTF-8
GHC=${GHC:-ghc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$lib" "$work/src"
mkdir -p "$work/src/Refrain"
cp "$here/Refrain/Primitive.hs" "$work/src/Refrain/Primitive.hs"

# Prepends a LANGUAGE pragma to the copy of a module.
pragma() {
  { echo "{-# LANGUAGE $2 #-}"; cat "$work/src/$1"; } > "$work/pragma" && mv "$work/pragma" "$work/src/$1"
}
# The Prelude is the implicit one; Euterpea's instances of ToMusic1 for Pitch (a synonym of a
# tuple) need what Euterpea 2 switches on in Euterpea/Music.lhs.
pragma Prelude.hs NoImplicitPrelude
pragma Euterpea/NotePayload.hs "FlexibleInstances, TypeSynonymInstances"

failed=0
for file in $(cd "$work/src" && find . -name '*.hs' ! -path './Refrain/Primitive.hs' | sed 's|^\./||' | sort); do
  module=$(echo "${file%.hs}" | tr / .)
  if (cd "$work/src" && "$GHC" -fno-code -fwrite-interface -XHaskell2010 -fdiagnostics-color=never \
      -i. -outputdir "$work/out" "$file") > "$work/log" 2>&1; then
    echo "ok    $module"
  else
    failed=1
    echo "FAIL  $module"
    grep -A 12 -m 1 ' error' "$work/log" | sed 's/^/      /'
  fi
done
exit $failed
