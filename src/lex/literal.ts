// Literal scanning for the lexer: number texts into exact values, and character and string
// literals (with Haskell's escapes, string gaps and `\&`) into their decoded text.

import { DiagnosticError, error, type Source } from "../text/index.ts";
import type { Literal } from "./token.ts";

/** Where a literal scan ended and what it decoded to. */
export interface ScannedLiteral {
  readonly end: number;
  readonly literal: Literal;
}

/** Exponents beyond this are rejected: `1e999999999` would not fit in memory. */
const maximumExponent = 100_000;

const namedEscapes: ReadonlyMap<string, number> = new Map([
  ["NUL", 0], ["SOH", 1], ["STX", 2], ["ETX", 3], ["EOT", 4], ["ENQ", 5], ["ACK", 6], ["BEL", 7],
  ["BS", 8], ["HT", 9], ["LF", 10], ["VT", 11], ["FF", 12], ["CR", 13], ["SO", 14], ["SI", 15],
  ["DLE", 16], ["DC1", 17], ["DC2", 18], ["DC3", 19], ["DC4", 20], ["NAK", 21], ["SYN", 22],
  ["ETB", 23], ["CAN", 24], ["EM", 25], ["SUB", 26], ["ESC", 27], ["FS", 28], ["GS", 29],
  ["RS", 30], ["US", 31], ["SP", 32], ["DEL", 127],
]);

const singleEscapes: ReadonlyMap<string, number> = new Map([
  ["a", 7], ["b", 8], ["f", 12], ["n", 10], ["r", 13], ["t", 9], ["v", 11],
  ["\\", 92], ['"', 34], ["'", 39],
]);

function fail(source: Source, start: number, end: number, message: string): never {
  throw new DiagnosticError([error(source.span(start, end), `lexical error: ${message}`)]);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

function isOctalDigit(code: number): boolean {
  return code >= 48 && code <= 55;
}

function skipWhile(text: string, offset: number, test: (code: number) => boolean): number {
  while (offset < text.length && test(text.charCodeAt(offset))) offset++;
  return offset;
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Scans `42`, `0x2A`, `0o52`, `0.5`, `1e3`, `2.5e-1` starting at a digit. */
export function scanNumber(source: Source, start: number): ScannedLiteral {
  const text = source.text;
  const marker = text.charAt(start + 1);
  if (text.charAt(start) === "0" && (marker === "x" || marker === "X" || marker === "o" || marker === "O")) {
    const hex = marker === "x" || marker === "X";
    const end = skipWhile(text, start + 2, hex ? isHexDigit : isOctalDigit);
    if (end > start + 2) {
      const value = BigInt(`0${hex ? "x" : "o"}${text.slice(start + 2, end)}`);
      return { end, literal: { kind: "integer", value } };
    }
  }
  const integerEnd = skipWhile(text, start, isDigit);
  let end = integerEnd;
  let fractionDigits = "";
  if (text.charAt(end) === "." && isDigit(text.charCodeAt(end + 1))) {
    const fractionEnd = skipWhile(text, end + 1, isDigit);
    fractionDigits = text.slice(end + 1, fractionEnd);
    end = fractionEnd;
  }
  let exponent = 0;
  const exponentMark = text.charAt(end);
  if (exponentMark === "e" || exponentMark === "E") {
    const sign = text.charAt(end + 1);
    const digitsStart = sign === "+" || sign === "-" ? end + 2 : end + 1;
    const digitsEnd = skipWhile(text, digitsStart, isDigit);
    if (digitsEnd > digitsStart) {
      const magnitude = Number(text.slice(digitsStart, digitsEnd));
      if (magnitude > maximumExponent) fail(source, start, digitsEnd, "exponent too large");
      exponent = sign === "-" ? -magnitude : magnitude;
      end = digitsEnd;
    }
  }
  const mantissa = BigInt(text.slice(start, integerEnd) + fractionDigits);
  if (end === integerEnd) return { end, literal: { kind: "integer", value: mantissa } };
  const scale = exponent - fractionDigits.length;
  let numerator = scale >= 0 ? mantissa * 10n ** BigInt(scale) : mantissa;
  let denominator = scale >= 0 ? 1n : 10n ** BigInt(-scale);
  const divisor = numerator === 0n ? denominator : greatestCommonDivisor(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  return { end, literal: { kind: "rational", numerator, denominator } };
}

/** Decodes one escape after a backslash at `offset - 1`; returns the code point and the end. */
function scanEscape(source: Source, offset: number): { code: number; end: number } {
  const text = source.text;
  const first = text.charAt(offset);
  const single = singleEscapes.get(first);
  if (single !== undefined) return { code: single, end: offset + 1 };
  if (first === "^") {
    const control = text.charCodeAt(offset + 1);
    if (control >= 64 && control <= 95) return { code: control - 64, end: offset + 2 };
    fail(source, offset - 1, offset + 2, "bad control escape (expected \\^@ to \\^_)");
  }
  const radix = first === "x" ? 16 : first === "o" ? 8 : isDigit(text.charCodeAt(offset)) ? 10 : 0;
  if (radix !== 0) {
    const digitsStart = radix === 10 ? offset : offset + 1;
    const test = radix === 16 ? isHexDigit : radix === 8 ? isOctalDigit : isDigit;
    const end = skipWhile(text, digitsStart, test);
    if (end === digitsStart) fail(source, offset - 1, end + 1, "numeric escape without digits");
    const code = end - digitsStart > 8 ? Infinity : parseInt(text.slice(digitsStart, end), radix);
    if (code > 0x10ffff) fail(source, offset - 1, end, "numeric escape out of range");
    return { code, end };
  }
  for (const length of [3, 2]) {
    const code = namedEscapes.get(text.slice(offset, offset + length));
    if (code !== undefined) return { code, end: offset + length };
  }
  return fail(source, offset - 1, offset + 1, `unknown escape '\\${first}'`);
}

function isWhitespaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
}

/** Scans a string literal from its opening `"`. */
export function scanString(source: Source, start: number): ScannedLiteral {
  const text = source.text;
  const parts: string[] = [];
  let offset = start + 1;
  let runStart = offset;
  for (;;) {
    const code = text.charCodeAt(offset);
    if (offset >= text.length || code === 10) {
      fail(source, start, offset, "unterminated string literal");
    }
    if (code === 34) {
      parts.push(text.slice(runStart, offset));
      return { end: offset + 1, literal: { kind: "string", value: parts.join("") } };
    }
    if (code !== 92) {
      offset++;
      continue;
    }
    parts.push(text.slice(runStart, offset));
    const next = text.charCodeAt(offset + 1);
    if (next === 38) {
      offset += 2;
    } else if (isWhitespaceCode(next)) {
      const gapEnd = skipWhile(text, offset + 1, isWhitespaceCode);
      if (text.charCodeAt(gapEnd) !== 92) fail(source, offset, gapEnd, "string gap must end with '\\'");
      offset = gapEnd + 1;
    } else {
      const escape = scanEscape(source, offset + 1);
      parts.push(String.fromCodePoint(escape.code));
      offset = escape.end;
    }
    runStart = offset;
  }
}

/** Scans a character literal from its opening `'`. */
export function scanChar(source: Source, start: number): ScannedLiteral {
  const text = source.text;
  const first = text.codePointAt(start + 1);
  if (first === undefined || first === 10 || first === 39) {
    fail(source, start, start + 1, first === 39 ? "empty character literal" : "unterminated character literal");
  }
  let code = first;
  let end = start + (first > 0xffff ? 3 : 2);
  if (first === 92) {
    const escape = scanEscape(source, start + 2);
    code = escape.code;
    end = escape.end;
  }
  if (text.charCodeAt(end) !== 39) fail(source, start, end, "unterminated character literal");
  return { end: end + 1, literal: { kind: "char", value: String.fromCodePoint(code) } };
}
