// Text -> QR code (ISO/IEC 18004): byte mode, error correction level M, versions 1 to 10 (up
// to 213 bytes, plenty for an invitation link), the mask with the lowest penalty. After Project
// Nayuki's QR Code generator; pure code, also run by the tests in Node.

/** Error-correction codewords per block and blocks, level M, by version (index 0 unused). */
const eccPerBlock = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
const blockCount = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];
const levelBits = 0; // M

/** Product in GF(256) with the QR polynomial. */
function multiply(x: number, y: number): number {
  let z = 0;
  for (let bit = 7; bit >= 0; bit--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> bit) & 1) * x;
  }
  return z;
}

function divisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let step = 0; step < degree; step++) {
    for (let index = 0; index < degree; index++) {
      result[index] = multiply(result[index], root);
      if (index + 1 < degree) result[index] ^= result[index + 1];
    }
    root = multiply(root, 2);
  }
  return result;
}

/** The Reed–Solomon error-correction codewords of `data`. */
export function errorCorrection(data: readonly number[], degree: number): number[] {
  const generator = divisor(degree);
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ (result.shift() as number);
    result.push(0);
    generator.forEach((coefficient, index) => (result[index] ^= multiply(coefficient, factor)));
  }
  return result;
}

/** The 15 format bits for a level's bits and a mask. */
export function formatBits(level: number, mask: number): number {
  const data = (level << 3) | mask;
  let remainder = data;
  for (let step = 0; step < 10; step++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
  return ((data << 10) | remainder) ^ 0x5412;
}

export function versionBits(version: number): number {
  let remainder = version;
  for (let step = 0; step < 12; step++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
  return (version << 12) | remainder;
}

function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const alignments = Math.floor(version / 7) + 2;
    result -= (25 * alignments - 10) * alignments - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const result = [6];
  for (let position = size - 7; result.length < count; position -= step) result.splice(1, 0, position);
  return result;
}

/** The data codewords: mode, length, bytes, terminator and padding, with error correction interleaved. */
function codewords(bytes: Uint8Array, version: number): number[] {
  const total = Math.floor(rawDataModules(version) / 8);
  const blocks = blockCount[version];
  const ecc = eccPerBlock[version];
  const capacity = total - ecc * blocks;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let bit = length - 1; bit >= 0; bit--) bits.push((value >>> bit) & 1);
  };
  put(4, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  put(0, Math.min(4, capacity * 8 - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let index = 0; index < bits.length; index += 8) data.push(bits.slice(index, index + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; data.length < capacity; pad ^= 0xec ^ 0x11) data.push(pad);
  const shortBlocks = blocks - (total % blocks);
  const shortLength = Math.floor(total / blocks);
  const split: number[][] = [];
  for (let block = 0, start = 0; block < blocks; block++) {
    const part = data.slice(start, start + shortLength - ecc + (block < shortBlocks ? 0 : 1));
    start += part.length;
    const correction = errorCorrection(part, ecc);
    if (block < shortBlocks) part.push(0);
    split.push(part.concat(correction));
  }
  const result: number[] = [];
  for (let index = 0; index < split[0].length; index++) {
    split.forEach((block, number) => {
      if (index !== shortLength - ecc || number >= shortBlocks) result.push(block[index]);
    });
  }
  return result;
}

const masks: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class ModuleGrid {
  readonly size: number;
  readonly dark: boolean[][];
  readonly fixed: boolean[][];

  constructor(readonly version: number) {
    this.size = version * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    this.fixed = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
    for (let index = 0; index < this.size; index++) {
      this.set(6, index, index % 2 === 0);
      this.set(index, 6, index % 2 === 0);
    }
    for (const [x, y] of [[3, 3], [this.size - 4, 3], [3, this.size - 4]]) this.square(x, y, 4, (distance) => distance !== 2 && distance !== 4);
    const positions = alignmentPositions(version, this.size);
    const last = positions.length - 1;
    positions.forEach((x, i) => positions.forEach((y, j) => {
      if (!((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0))) this.square(x, y, 2, (distance) => distance !== 1);
    }));
    this.format(0);
    if (version >= 7) {
      const bits = versionBits(version);
      for (let index = 0; index < 18; index++) {
        const bit = ((bits >>> index) & 1) === 1;
        const a = this.size - 11 + (index % 3);
        const b = Math.floor(index / 3);
        this.set(a, b, bit);
        this.set(b, a, bit);
      }
    }
  }

  set(x: number, y: number, dark: boolean): void {
    this.dark[y][x] = dark;
    this.fixed[y][x] = true;
  }

  square(cx: number, cy: number, radius: number, dark: (distance: number) => boolean): void {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < this.size && y >= 0 && y < this.size) this.set(x, y, dark(Math.max(Math.abs(dx), Math.abs(dy))));
      }
    }
  }

  format(mask: number): void {
    const bits = formatBits(levelBits, mask);
    const bit = (index: number) => ((bits >>> index) & 1) === 1;
    const size = this.size;
    for (let index = 0; index <= 5; index++) this.set(8, index, bit(index));
    this.set(8, 7, bit(6));
    this.set(8, 8, bit(7));
    this.set(7, 8, bit(8));
    for (let index = 9; index < 15; index++) this.set(14 - index, 8, bit(index));
    for (let index = 0; index < 8; index++) this.set(size - 1 - index, 8, bit(index));
    for (let index = 8; index < 15; index++) this.set(8, size - 15 + index, bit(index));
    this.set(8, size - 8, true);
  }

  place(data: readonly number[]): void {
    let index = 0;
    for (let right = this.size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vertical = 0; vertical < this.size; vertical++) {
        for (let column = 0; column < 2; column++) {
          const x = right - column;
          const y = ((right + 1) & 2) === 0 ? this.size - 1 - vertical : vertical;
          if (this.fixed[y][x] || index >= data.length * 8) continue;
          this.dark[y][x] = ((data[index >>> 3] >>> (7 - (index & 7))) & 1) === 1;
          index++;
        }
      }
    }
  }

  applyMask(mask: number): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) if (!this.fixed[y][x] && masks[mask](x, y)) this.dark[y][x] = !this.dark[y][x];
    }
  }

  /** Rules 1 (runs), 2 (blocks), 3 (finder look-alikes) and 4 (balance) of the standard. */
  penalty(): number {
    const size = this.size;
    let score = 0;
    const lines = [...this.dark, ...this.dark.map((_row, x) => this.dark.map((row) => row[x]))];
    for (const line of lines) {
      let run = 1;
      for (let index = 1; index <= size; index++) {
        if (index < size && line[index] === line[index - 1]) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      const text = line.map((dark) => (dark ? "1" : "0")).join("");
      for (const pattern of [/(?=00001011101)/g, /(?=10111010000)/g]) score += 40 * (text.match(pattern)?.length ?? 0);
    }
    for (let y = 0; y + 1 < size; y++) {
      for (let x = 0; x + 1 < size; x++) {
        const colour = this.dark[y][x];
        if (colour === this.dark[y][x + 1] && colour === this.dark[y + 1][x] && colour === this.dark[y + 1][x + 1]) score += 3;
      }
    }
    const darkCount = this.dark.flat().filter(Boolean).length;
    score += Math.floor(Math.abs(darkCount * 20 - size * size * 10) / (size * size)) * 10;
    return score;
  }
}

/** The version of the smallest symbol holding `text`, and its codewords. */
function encode(text: string): { version: number; data: number[] } {
  const bytes = new TextEncoder().encode(text);
  const version = eccPerBlock.findIndex((ecc, version) =>
    version > 0 && Math.floor(rawDataModules(version) / 8) - ecc * blockCount[version] >= bytes.length + (version < 10 ? 2 : 3));
  if (version < 1) throw new Error("too long for a QR code of version 10");
  return { version, data: codewords(bytes, version) };
}

function masked(version: number, data: readonly number[], mask: number): ModuleGrid {
  const symbol = new ModuleGrid(version);
  symbol.place(data);
  symbol.applyMask(mask);
  symbol.format(mask);
  return symbol;
}

/** The QR code of `text` with a given mask (0 to 7), for the tests that check the mask chosen. */
export function qrMaskedMatrix(text: string, mask: number): boolean[][] {
  const { version, data } = encode(text);
  return masked(version, data, mask).dark;
}

/** The QR code of `text` as rows of modules (true is dark), without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  const { version, data } = encode(text);
  let best: ModuleGrid | undefined;
  let bestScore = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const symbol = masked(version, data, mask);
    const score = symbol.penalty();
    if (score < bestScore) [best, bestScore] = [symbol, score];
  }
  return best!.dark;
}

/** An SVG path (one unit per module, a quiet zone of 4) drawing the dark modules. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + 4},${y + 4}h1v1h-1z`)));
  return parts.join("");
}
