#!/bin/sh
# Computes golden.tsv with the real Euterpea 2 under GHC: for each expression of expressions.txt
# (a Music Pitch), the bytes of the MIDI file Euterpea's writeMidi writes for it, in hex
# (`exportMidiFile` of `toMidi (perform m)`). EUTERPEA2 is a checkout of Euterpea/Euterpea2
# (version 2.0.8, commit 83f3307). Compiled: Euterpea/Music.lhs, IO/MIDI/MEvent.lhs,
# IO/MIDI/GeneralMidi.hs, IO/MIDI/ToMidi.lhs and IO/MIDI/ExportMidiFile.lhs as they are, except
# that ToMidi's imports of the PortMidi modules it does not use are dropped; Codec.Midi (HCodecs,
# not packaged by Debian) is replaced by codec-midi-shim.hs, its types and fromAbsTime.
# Run: EUTERPEA2=/path/to/Euterpea2 ./make-golden.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../euterpea2-setup.sh"
mkdir -p "$work/Codec"
for file in GeneralMidi.hs ExportMidiFile.lhs; do cp "$EUTERPEA2/Euterpea/IO/MIDI/$file" "$work/Euterpea/IO/MIDI/$file"; done
grep -v -e '^> import Euterpea.IO.MIDI.MidiIO' -e '^> import Sound.PortMidi' "$EUTERPEA2/Euterpea/IO/MIDI/ToMidi.lhs" > "$work/Euterpea/IO/MIDI/ToMidi.lhs"
cp "$here/codec-midi-shim.hs" "$work/Codec/Midi.hs"
{
  cat <<'HASKELL'
import Euterpea.Music
import Euterpea.IO.MIDI.MEvent
import Euterpea.IO.MIDI.ToMidi
import Euterpea.IO.MIDI.ExportMidiFile
import qualified Data.ByteString as B
import Numeric (showHex)
import System.Directory (getTemporaryDirectory)
hex :: B.ByteString -> String
hex = concatMap (\b -> (if b < 16 then "0" else "") ++ showHex b "") . B.unpack
written :: Music Pitch -> IO String
written m = do
  dir <- getTemporaryDirectory
  let path = dir ++ "/euterpea-oracle.mid"
  exportMidiFile path (toMidi (perform m))
  fmap hex (B.readFile path)
main :: IO ()
HASKELL
  printf '%s\n' 'main = mapM_ (\(source, m) -> written m >>= \bytes -> putStrLn (source ++ "\t" ++ bytes)) ['
  sed 's/\\/\\\\/g; s/"/\\"/g' "$here/expressions.txt" | awk 'NR > 1 { printf ",\n" } { printf "  (\"%s\", %s)", $0, $0 }'
  printf '\n  ]\n'
} > "$work/Main.hs"
compile_oracle
"$work/oracle" > "$here/golden.tsv"
