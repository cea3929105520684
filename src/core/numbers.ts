// Exact numbers: integers of any size (a JS number while it is a safe integer, else a bigint),
// rationals (`Ratio`, always normalised, denominator > 1) and floating values (`Float`).

export class Ratio {
  constructor(readonly numerator: bigint, readonly denominator: bigint) {}
}

export class Float {
  constructor(readonly value: number) {}
}

export type Num = number | bigint | Ratio | Float;

export class ArithmeticError extends Error {}

export function isNumber(value: unknown): value is Num {
  return typeof value === "number" || typeof value === "bigint" || value instanceof Ratio || value instanceof Float;
}

export function isInteger(value: unknown): value is number | bigint {
  return typeof value === "number" || typeof value === "bigint";
}

/** Normalises a bigint to a JS number when it fits exactly. */
export function integer(value: bigint): number | bigint {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}

/**
 * The largest whole number a song may compute has this many bits (about 300,000 digits): a
 * single operation on it takes at most some tens of milliseconds, so no number can stall the music.
 */
const MAX_INTEGER_BITS = 1_000_000;

/** The bits of a whole number's magnitude. */
function bitLength(value: bigint): number {
  const hex = (value < 0n ? -value : value).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

function tooLarge(): never {
  throw new ArithmeticError(`the result would be a whole number of more than ${MAX_INTEGER_BITS.toLocaleString("en-US")} bits (about 300,000 digits), too large to compute`);
}

/**
 * Work done on large numbers beyond one reduction each, in reductions (about what the reducer
 * does in the same time): the reducer adds it to its count, so a budget sees what a big-number
 * operation costs. Kept here by the operations, taken (and zeroed) by the reducer.
 */
export const bigNumberWork = { reductions: 0 };

/** Charges `bits` of big-number arithmetic (a million bits multiplied: some milliseconds). */
export function chargeBits(bits: number): void {
  bigNumberWork.reductions += bits >> 3;
}

/** `a * b` on bigints, refused when the product would be too large. */
function times(a: bigint, b: bigint): bigint {
  if (a > LARGE || a < -LARGE || b > LARGE || b < -LARGE) {
    const bits = bitLength(a) + bitLength(b);
    if (bits - 1 > MAX_INTEGER_BITS) tooLarge();
    chargeBits(bits);
  }
  return a * b;
}

/** Products of numbers within this are never too large (checked only beyond it). */
const LARGE = 1n << 4096n;

function big(value: number | bigint): bigint {
  return typeof value === "number" ? BigInt(value) : value;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The rational numerator/denominator, normalised; an integer when the denominator divides. */
export function rational(numerator: bigint, denominator: bigint): Num {
  if (denominator === 0n) throw new ArithmeticError("division by zero");
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const divisor = gcdBig(numerator, denominator);
  if (divisor !== 1n) {
    numerator /= divisor;
    denominator /= divisor;
  }
  return denominator === 1n ? integer(numerator) : new Ratio(numerator, denominator);
}

function parts(value: Num): [bigint, bigint] {
  if (value instanceof Ratio) return [value.numerator, value.denominator];
  if (value instanceof Float) throw new ArithmeticError("expected an exact number");
  return [big(value), 1n];
}

export function toFloat(value: Num): number {
  if (typeof value === "number") return value;
  if (value instanceof Float) return value.value;
  if (value instanceof Ratio) return ratioToFloat(value.numerator, value.denominator);
  return Number(value);
}

/**
 * The double nearest n / d: one rounding where both parts are exact doubles, else the quotient
 * scaled to 64 significant bits first (parts beyond the doubles' range, as in `5.0e-324`).
 */
function ratioToFloat(numerator: bigint, denominator: bigint): number {
  const limit = 2n ** 53n;
  if (numerator < limit && -numerator < limit && denominator < limit) return Number(numerator) / Number(denominator);
  const shift = bitLength(numerator) - bitLength(denominator) - 64;
  const quotient = shift >= 0 ? numerator / (denominator << BigInt(shift)) : (numerator << BigInt(-shift)) / denominator;
  const half = Math.trunc(shift / 2);
  return Number(quotient) * 2 ** half * 2 ** (shift - half);
}


function floatOperation(a: Num, b: Num, operation: (x: number, y: number) => number): Float {
  return new Float(operation(toFloat(a), toFloat(b)));
}

export function add(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    return Number.isSafeInteger(sum) ? sum : integer(BigInt(a) + BigInt(b));
  }
  if (a instanceof Float || b instanceof Float) return floatOperation(a, b, (x, y) => x + y);
  if (isInteger(a) && isInteger(b)) return integer(big(a) + big(b));
  const [an, ad] = parts(a), [bn, bd] = parts(b);
  return rational(times(an, bd) + times(bn, ad), times(ad, bd));
}

export function negate(a: Num): Num {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  if (typeof a === "bigint") return integer(-a);
  if (a instanceof Float) return new Float(-a.value);
  return new Ratio(-a.numerator, a.denominator);
}

export function subtract(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const difference = a - b;
    return Number.isSafeInteger(difference) ? difference : integer(BigInt(a) - BigInt(b));
  }
  return add(a, negate(b));
}

export function multiply(a: Num, b: Num): Num {
  if (typeof a === "number" && typeof b === "number") {
    const product = a * b;
    return Number.isSafeInteger(product) ? (product === 0 ? 0 : product) : integer(BigInt(a) * BigInt(b));
  }
  if (a instanceof Float || b instanceof Float) return floatOperation(a, b, (x, y) => x * y);
  if (isInteger(a) && isInteger(b)) return integer(times(big(a), big(b)));
  const [an, ad] = parts(a), [bn, bd] = parts(b);
  return rational(times(an, bn), times(ad, bd));
}

/** `/`: exact division; an integer result when it divides. */
export function divide(a: Num, b: Num): Num {
  if (a instanceof Float || b instanceof Float) return floatOperation(a, b, (x, y) => x / y);
  const [an, ad] = parts(a), [bn, bd] = parts(b);
  if (bn === 0n) throw new ArithmeticError("division by zero");
  return rational(times(an, bd), times(ad, bn));
}

function requireInteger(value: Num, operation: string): number | bigint {
  if (!isInteger(value)) throw new ArithmeticError(`${operation} needs whole numbers`);
  return value;
}

/** Integer division family with Haskell semantics: `quot`/`rem` truncate, `div`/`mod` floor. */
export function integerDivision(kind: "div" | "mod" | "quot" | "rem", a: Num, b: Num): Num {
  const x = requireInteger(a, kind), y = requireInteger(b, kind);
  if (y === 0 || y === 0n) throw new ArithmeticError("divide by zero");
  if (typeof x === "number" && typeof y === "number") {
    const remainder = x % y, quotient = (x - remainder) / y;
    if (kind === "quot") return quotient;
    if (kind === "rem") return remainder === 0 ? 0 : remainder;
    const adjust = remainder !== 0 && (remainder < 0) !== (y < 0);
    if (kind === "div") return adjust ? quotient - 1 : quotient;
    return adjust ? remainder + y : remainder === 0 ? 0 : remainder;
  }
  const bx = big(x), by = big(y);
  const quotient = bx / by, remainder = bx % by;
  if (kind === "quot") return integer(quotient);
  if (kind === "rem") return integer(remainder);
  const adjust = remainder !== 0n && (remainder < 0n) !== (by < 0n);
  if (kind === "div") return integer(adjust ? quotient - 1n : quotient);
  return integer(adjust ? remainder + by : remainder);
}

/** -1, 0 or 1. */
export function compareNumbers(a: Num, b: Num): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Float || b instanceof Float) {
    const x = toFloat(a), y = toFloat(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const [an, ad] = parts(a), [bn, bd] = parts(b);
  const left = an * bd, right = bn * ad;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function sign(a: Num): number {
  return compareNumbers(a, 0);
}

export function absolute(a: Num): Num {
  return sign(a) < 0 ? negate(a) : a;
}

export function numerator(a: Num): Num {
  return integer(parts(a)[0]);
}

export function denominator(a: Num): Num {
  return integer(parts(a)[1]);
}

/** Rounding to an integer: floor, ceiling, truncate, or round-half-to-even (Haskell's `round`). */
export function roundNumber(kind: "floor" | "ceiling" | "truncate" | "round", a: Num): Num {
  if (isInteger(a)) return a;
  if (a instanceof Float) {
    if (!Number.isFinite(a.value)) throw new ArithmeticError(`${kind} of a value that is not finite`);
    const exact = a.value;
    const result = kind === "floor" ? Math.floor(exact) : kind === "ceiling" ? Math.ceil(exact)
      : kind === "truncate" ? Math.trunc(exact) : roundHalfEvenFloat(exact);
    return integer(BigInt(result));
  }
  const { numerator: n, denominator: d } = a;
  let floor = n / d;
  if (n < 0n && floor * d !== n) floor -= 1n;
  if (kind === "floor") return integer(floor);
  if (kind === "ceiling") return integer(floor + 1n);
  if (kind === "truncate") return integer(n < 0n ? floor + 1n : floor);
  const twiceRemainder = 2n * (n - floor * d);
  if (twiceRemainder < d) return integer(floor);
  if (twiceRemainder > d) return integer(floor + 1n);
  return integer(floor % 2n === 0n ? floor : floor + 1n);
}

function roundHalfEvenFloat(x: number): number {
  const floor = Math.floor(x), difference = x - floor;
  if (difference < 0.5) return floor;
  if (difference > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** `a ^ n` for a whole n ≥ 0. */
export function power(a: Num, n: Num): Num {
  const exponent = requireInteger(n, "^");
  if (exponent < 0) throw new ArithmeticError("negative exponent");
  if (a instanceof Float) return new Float(a.value ** Number(exponent));
  if (isInteger(a)) return integer(raise(big(a), exponent));
  return rational(raise(a.numerator, exponent), raise(a.denominator, exponent));
}

/** `base ^ exponent` on bigints, refused when the result would be too large. */
function raise(base: bigint, exponent: number | bigint): bigint {
  if (base === 0n || base === 1n || base === -1n) return base ** big(exponent);
  const bits = (bitLength(base) - 1) * Number(exponent) + 1;
  if (bits > MAX_INTEGER_BITS) tooLarge();
  if (bits > 4096) chargeBits(2 * bits);
  return base ** big(exponent);
}

export function gcd(a: Num, b: Num): Num {
  return integer(gcdBig(big(requireInteger(a, "gcd")), big(requireInteger(b, "gcd"))));
}

export function numbersEqual(a: Num, b: Num): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return compareNumbers(a, b) === 0;
}

/** The exact value of a finite double, as an integer or a rational (GHC's `toRational` on Double). */
export function exactValue(value: number): Num {
  if (!Number.isFinite(value)) throw new ArithmeticError(`${value} has no exact value`);
  let numerator = value, exponent = 0n;
  while (!Number.isInteger(numerator)) {
    numerator *= 2;
    exponent++;
  }
  return rational(BigInt(numerator), 2n ** exponent);
}
