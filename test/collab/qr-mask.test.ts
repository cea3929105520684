// The QR encoder's mask choice: for texts of every version it makes (1 to 10), the symbol it
// returns has the lowest penalty of the eight masks of the same data, by a penalty counted here
// independently of the encoder's own (ISO/IEC 18004:2015, 7.8.3.1), over the symbol's modules:
//   N1  each run of k ≥ 5 modules of one colour in a row or column: 3 + (k − 5)
//   N2  each 2×2 block of one colour (blocks may overlap): 3
//   N3  each dark:light:dark:light:dark 1:1:3:1:1 pattern, for each side with 4 light modules
//       next to it inside the symbol: 40
//   N4  10 for every full 5% the dark proportion is away from 50%

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { qrMaskedMatrix, qrMatrix } from "../../src/ui/qr-code.ts";

type Modules = readonly (readonly boolean[])[];

/** The rows, then the columns. */
function lines(symbol: Modules): boolean[][] {
  return [...symbol.map((row) => [...row]), ...symbol.map((_row, x) => symbol.map((row) => row[x]))];
}

function runs(line: readonly boolean[]): number {
  let score = 0;
  let start = 0;
  for (let end = 1; end <= line.length; end++) {
    if (end < line.length && line[end] === line[start]) continue;
    if (end - start >= 5) score += 3 + (end - start - 5);
    start = end;
  }
  return score;
}

function blocks(symbol: Modules): number {
  let score = 0;
  for (let y = 0; y + 1 < symbol.length; y++) {
    for (let x = 0; x + 1 < symbol.length; x++) {
      const colour = symbol[y][x];
      if (symbol[y][x + 1] === colour && symbol[y + 1][x] === colour && symbol[y + 1][x + 1] === colour) score += 3;
    }
  }
  return score;
}

const finder = [true, false, true, true, true, false, true];

function finderLookalikes(line: readonly boolean[]): number {
  const light = (from: number) => from >= 0 && from + 4 <= line.length && line.slice(from, from + 4).every((dark) => !dark);
  let score = 0;
  for (let at = 0; at + finder.length <= line.length; at++) {
    if (!finder.every((dark, offset) => line[at + offset] === dark)) continue;
    if (light(at - 4)) score += 40;
    if (light(at + finder.length)) score += 40;
  }
  return score;
}

function balance(symbol: Modules): number {
  const modules = symbol.length * symbol.length;
  const dark = symbol.flat().filter(Boolean).length;
  return 10 * Math.floor(Math.abs((100 * dark) / modules - 50) / 5);
}

function penalty(symbol: Modules): number {
  return lines(symbol).reduce((sum, line) => sum + runs(line) + finderLookalikes(line), 0) + blocks(symbol) + balance(symbol);
}

function isEqual(a: Modules, b: Modules): boolean {
  return a.length === b.length && a.every((row, y) => row.every((dark, x) => dark === b[y][x]));
}

const link = (path: string) => `http://192.168.1.20:8080/${path}?token=${"A1b2-C3d4_".repeat(5).slice(0, 43)}`;
const texts = [
  "hi", "HELLO WORLD", "https://example.com/", link("edit"), link("join"), link("participant/very/long/path/for/version/six"),
  ...[1, 14, 15, 26, 27, 42, 43, 62, 63, 84, 85, 106, 107, 122, 123, 152, 153, 180, 181, 213].map((length) =>
    Array.from({ length }, (_, index) => String.fromCharCode(32 + ((index * 7 + length) % 95))).join("")),
];

describe("QR mask choice", () => {
  it("covers every version from 1 to 10", () => {
    assert.deepEqual([...new Set(texts.map((text) => (qrMatrix(text).length - 17) / 4))].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("counts the penalty rules on small lines and blocks", () => {
    assert.equal(runs([true, true, true, true, false]), 0);
    assert.equal(runs([true, true, true, true, true, false, false, false, false, false, false, false]), 3 + 5);
    assert.equal(finderLookalikes([false, false, false, false, ...finder]), 40);
    assert.equal(finderLookalikes([false, false, false, false, ...finder, false, false, false, false]), 80);
    assert.equal(finderLookalikes([false, false, false, ...finder, false, false, false]), 0);
    assert.equal(blocks([[true, true, true], [true, true, true], [false, false, true]]), 6);
    assert.equal(balance([[true, true], [true, false]]), 50);
    assert.equal(balance([[true, false], [true, false]]), 0);
  });

  for (const text of texts) {
    it(`chooses a mask of least penalty for ${text.length} bytes: ${text.slice(0, 40)}`, () => {
      const symbols = Array.from({ length: 8 }, (_, mask) => qrMaskedMatrix(text, mask));
      const mask = symbols.findIndex((symbol) => isEqual(symbol, qrMatrix(text)));
      assert.notEqual(mask, -1, "the symbol is one of the eight masked symbols");
      const scores = symbols.map(penalty);
      assert.equal(scores[mask], Math.min(...scores), `mask ${mask} scores ${scores[mask]}, the scores are ${scores.join(", ")}`);
    });
  }
});
