# Sourced by the make-golden scripts beside it: checks EUTERPEA2 (a checkout of Euterpea/Euterpea2,
# version 2.0.8, commit 83f3307), makes $work (removed at exit) holding Euterpea 2's note-level
# modules Euterpea/Music.lhs and Euterpea/IO/MIDI/MEvent.lhs, which import only base, and offers
# `compile_oracle`, which builds $work/Main.hs into $work/oracle with GHC.
: "${EUTERPEA2:?set EUTERPEA2 to a checkout of Euterpea/Euterpea2}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Euterpea/IO/MIDI"
cp "$EUTERPEA2/Euterpea/Music.lhs" "$work/Euterpea/Music.lhs"
cp "$EUTERPEA2/Euterpea/IO/MIDI/MEvent.lhs" "$work/Euterpea/IO/MIDI/MEvent.lhs"

compile_oracle() {
  (cd "$work" && ghc -O0 -i. Main.hs -o oracle > build.log 2>&1) || { cat "$work/build.log"; exit 1; }
}
