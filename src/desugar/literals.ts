// Literal values: integers (a JS number while safe, else a bigint), exact decimals, characters.

import type { Literal } from "../lex/index.ts";
import { Char } from "../core/char.ts";
import { integer, rational } from "../core/numbers.ts";

/** The value of a number or character literal (strings are lists, built by the caller). */
export function literalValue(literal: Literal): unknown {
  switch (literal.kind) {
    case "integer":
      return integer(literal.value);
    case "rational":
      return rational(literal.numerator, literal.denominator);
    case "char":
      return Char.of(literal.value.codePointAt(0)!);
    case "string":
      throw new Error("string literals are lists, not atoms");
  }
}
