// The QR encoder against the standard's worked values: Reed–Solomon codewords, format and
// version bits, and symbol sizes. (Links it makes were also read back with zbarimg.)

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { errorCorrection, formatBits, qrMatrix, qrPath, versionBits } from "../../src/ui/qr-code.ts";

describe("QR codes", () => {
  it("computes the error correction of the standard's HELLO WORLD example (1-M)", () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    assert.deepEqual(errorCorrection(data, 10), [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it("makes the format and version bits of the standard's tables", () => {
    assert.equal(formatBits(0, 0).toString(2).padStart(15, "0"), "101010000010010");
    assert.equal(formatBits(1, 4).toString(2).padStart(15, "0"), "110011000101111");
    assert.equal(versionBits(7).toString(2).padStart(18, "0"), "000111110010010100");
  });

  it("chooses the smallest version that holds the text, with finder patterns in three corners", () => {
    assert.equal(qrMatrix("hi").length, 21);
    const link = `http://192.168.1.20:8080/edit?token=${"A".repeat(43)}`;
    const matrix = qrMatrix(link);
    assert.equal(matrix.length, 37);
    for (const [x, y] of [[0, 0], [30, 0], [0, 30]]) {
      assert.deepEqual(matrix[y].slice(x, x + 7), [true, true, true, true, true, true, true]);
      assert.deepEqual(matrix[y + 1].slice(x, x + 7), [true, false, false, false, false, false, true]);
    }
    assert.match(qrPath(matrix), /^(M\d+,\d+h1v1h-1z)+$/);
    assert.throws(() => qrMatrix("x".repeat(300)));
  });
});
