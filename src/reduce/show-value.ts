// Prints values as Haskell's derived `show` does: constructor applications, infix constructors,
// records, lists, strings, tuples, negative numbers in parentheses, rationals as `n % d`.

import { CONS, NIL, UNIT, isTuple } from "../core/builtins.ts";
import { GlobalReference } from "../core/term.ts";
import { Char, Closure, Data, Partial, Thunk, fieldsOf } from "./values.ts";
import { Float, Ratio, chargeBits, compareNumbers, isNumber, type Num } from "../core/numbers.ts";

/** `show` of a fully evaluated value; `precedence`: of the context it is shown in (`showsPrec`). */
export function showValue(value: unknown, precedence = 0): string {
  const printer = new ValuePrinter(Infinity);
  printer.value(value, precedence);
  return printer.text();
}

/** A description for messages: at most about `limit` characters; unevaluated parts as `_`. */
export function describe(value: unknown, limit: number): string {
  const printer = new ValuePrinter(limit);
  try {
    printer.value(value, 0);
  } catch (problem) {
    if (!(problem instanceof Truncated)) throw problem;
    return printer.text() + "…";
  }
  return printer.text();
}

class Truncated {}

class ValuePrinter {
  private readonly parts: string[] = [];
  private length = 0;
  constructor(private readonly limit: number) {}

  text(): string {
    return this.parts.join("");
  }

  private emit(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length > this.limit) throw new Truncated();
  }

  value(node: unknown, precedence: number): void {
    const value = node instanceof Thunk && node.evaluated ? node.value : node;
    if (value instanceof Thunk) return this.emit("_");
    if (isNumber(value)) return this.number(value, precedence);
    if (value instanceof Char) return this.emit(showChar(value.code));
    if (value instanceof Data) return this.data(value, precedence);
    if (value instanceof Closure) return this.emit(value.lambda.name ? `<function ${value.lambda.name}>` : "<function>");
    if (value instanceof GlobalReference) return this.emit(`<function ${value.cell.name}>`);
    if (value instanceof Partial) return this.emit("<function>");
    this.emit(String(value));
  }

  private number(value: Num, precedence: number): void {
    const negative = compareNumbers(value, 0) < 0 || (value instanceof Float && Object.is(value.value, -0));
    let text: string;
    if (value instanceof Ratio) {
      // As GHC's Show (Ratio a): each part at precedence 8, so a negative numerator in parentheses.
      text = `${value.numerator < 0n ? `(${value.numerator})` : value.numerator} % ${value.denominator}`;
      if (precedence > 7) text = `(${text})`;
      return this.emit(text);
    }
    text = value instanceof Float ? showDouble(value.value) : String(value);
    // Writing out a large whole number costs more than multiplying it (about 20 bits a digit, in those terms).
    if (text.length > 1000) chargeBits(text.length * 20);
    this.emit(negative && precedence > 6 ? `(${text})` : text);
  }

  private data(value: Data, precedence: number): void {
    const constructor = value.con, fields = fieldsOf(value);
    if (constructor === CONS || constructor === NIL) return this.list(value);
    if (constructor === UNIT) return this.emit("()");
    if (isTuple(constructor)) {
      this.emit("(");
      fields.forEach((field, index) => {
        if (index > 0) this.emit(",");
        this.value(field, 0);
      });
      return this.emit(")");
    }
    if (fields.length === 0) return this.emit(constructor.isOperator ? `(${constructor.name})` : constructor.name);
    if (constructor.fields.length === fields.length) {
      if (precedence >= 11) this.emit("(");
      this.emit(`${constructor.name} {`);
      fields.forEach((field, index) => {
        this.emit(`${index > 0 ? ", " : ""}${constructor.fields[index]} = `);
        this.value(field, 0);
      });
      this.emit("}");
      if (precedence >= 11) this.emit(")");
      return;
    }
    if (constructor.isOperator && fields.length === 2) {
      const fixity = constructor.fixity?.precedence ?? 9;
      if (precedence > fixity) this.emit("(");
      this.value(fields[0], fixity + 1);
      this.emit(` ${constructor.name} `);
      this.value(fields[1], fixity + 1);
      if (precedence > fixity) this.emit(")");
      return;
    }
    if (precedence >= 11) this.emit("(");
    this.emit(constructor.isOperator ? `(${constructor.name})` : constructor.name);
    for (const field of fields) {
      this.emit(" ");
      this.value(field, 11);
    }
    if (precedence >= 11) this.emit(")");
  }

  /** Lists print as `[a,b,c]`, strings as `"abc"`; walks the spine in a loop. */
  private list(value: Data): void {
    const elements: unknown[] = [];
    let cell: unknown = value;
    for (;;) {
      if (cell instanceof Thunk && cell.evaluated) cell = cell.value;
      if (!(cell instanceof Data) || cell.con !== CONS) break;
      elements.push(cell.f0);
      cell = cell.f1;
      if (elements.length > this.limit) break;
    }
    const complete = cell instanceof Data && cell.con === NIL;
    const characters = elements.map((element) => (element instanceof Thunk && element.evaluated ? element.value : element));
    if (complete && elements.length > 0 && characters.every((element) => element instanceof Char)) {
      return this.emit(showString(characters.map((character) => (character as Char).code)));
    }
    this.emit("[");
    elements.forEach((element, index) => {
      if (index > 0) this.emit(",");
      this.value(element, 0);
    });
    this.emit(complete ? "]" : elements.length > 0 ? ",…]" : "…]");
  }
}

const namedControls = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t", "n", "v", "f", "r", "SO", "SI",
  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"];

function escape(code: number, quote: string): string {
  if (code === 92) return "\\\\";
  if (String.fromCharCode(code) === quote) return "\\" + quote;
  if (code < 32) return "\\" + namedControls[code];
  if (code === 127) return "\\DEL";
  if (code > 127) return "\\" + code;
  return String.fromCharCode(code);
}

export function showChar(code: number): string {
  return code === 39 ? "'\\''" : `'${escape(code, "'")}'`;
}

/** Haskell string literal syntax, with `\&` where a numeric escape is followed by a digit or `\SO` by `H`. */
export function showString(codes: readonly number[]): string {
  let text = '"';
  codes.forEach((code, index) => {
    const piece = escape(code, '"');
    text += piece;
    const next = codes[index + 1];
    if (next === undefined) return;
    if (/^\\\d+$/.test(piece) && next >= 48 && next <= 57) text += "\\&";
    if (piece === "\\SO" && next === 72) text += "\\&";
  });
  return text + '"';
}

/** Haskell's `show` for Double: fixed notation for 0.1 ≤ |x| < 10^7, else `d.ddde±n`. */
export function showDouble(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const magnitude = Math.abs(value);
  const [mantissa, exponentText] = magnitude.toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  if (magnitude >= 0.1 && magnitude < 1e7) {
    const point = exponent + 1;
    const whole = point <= 0 ? "0" : digits.slice(0, point).padEnd(point, "0");
    const fraction = point <= 0 ? "0".repeat(-point) + digits : digits.slice(point);
    return `${sign}${whole}.${fraction === "" ? "0" : fraction}`;
  }
  return `${sign}${digits[0]}.${digits.length > 1 ? digits.slice(1) : "0"}e${exponent}`;
}
