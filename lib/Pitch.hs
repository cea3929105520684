-- The live-sequencer's Pitch module: MIDI key numbers from note names and octaves, in
-- scientific pitch notation (`c 4 == 60`, middle C; `a 4 == 69`, concert A).
-- Every letter has sharp variants (suffix `is` or `s`) and flat variants (`es` or `f`):
-- `cis 4 == cs 4 == 61`, `ees 4 == ef 4 == 63`. (So `es` is E sharp, not the German E flat.)
module Pitch
  ( Pitch, pitch
  , c, cis, cs, ces, cf, d, dis, ds, des, df, e, eis, es, ees, ef, f, fis, fs, fes, ff
  , g, gis, gs, ges, gf, a, ais, as, aes, af, b, bis, bs, bes, bf
  ) where

type Pitch = Integer

-- | The key of a pitch class (0 = C … 11 = B) in an octave: `pitch cls oct = cls + (oct + 1) * 12`.
pitch :: Integer -> Integer -> Pitch
pitch cls oct = cls + (oct + 1) * 12

c, cis, cs, ces, cf, d, dis, ds, des, df, e, eis, es, ees, ef, f, fis, fs, fes, ff :: Integer -> Pitch
g, gis, gs, ges, gf, a, ais, as, aes, af, b, bis, bs, bes, bf :: Integer -> Pitch
c = pitch 0
cis = pitch 1
cs = cis
ces = pitch (-1)
cf = ces
d = pitch 2
dis = pitch 3
ds = dis
des = pitch 1
df = des
e = pitch 4
eis = pitch 5
es = eis
ees = pitch 3
ef = ees
f = pitch 5
fis = pitch 6
fs = fis
fes = pitch 4
ff = fes
g = pitch 7
gis = pitch 8
gs = gis
ges = pitch 6
gf = ges
a = pitch 9
ais = pitch 10
as = ais
aes = pitch 8
af = aes
b = pitch 11
bis = pitch 12
bs = bis
bes = pitch 10
bf = bes
