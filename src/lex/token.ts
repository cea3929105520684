// Tokens: what the lexer turns source text into and what the layout pass and the parser read.
// Also the literal values (exact numbers, decoded characters and strings) the syntax tree keeps.

import type { Span } from "../text/index.ts";

/**
 * A literal's value, decoded and exact.
 * - `integer`: `42`, `0x2A`, `0o52` (never negative here: `-1` is negation applied to `1`).
 * - `rational`: a decimal such as `0.5`, `1e3`, `2.5e-1`, kept exactly as numerator/denominator
 *   in lowest terms with a positive denominator (`2.5e-1` is 1/4, `1e3` is 1000/1).
 * - `char`: one Unicode code point, escapes decoded (`'\n'`, `'\x41'`).
 * - `string`: the decoded text (escapes, gaps and `\&` removed).
 */
export type Literal =
  | { readonly kind: "integer"; readonly value: bigint }
  | { readonly kind: "rational"; readonly numerator: bigint; readonly denominator: bigint }
  | { readonly kind: "char"; readonly value: string }
  | { readonly kind: "string"; readonly value: string };

/**
 * - `varid` `x`, `conid` `Just`, `varsym` `+`, `consym` `:+:`: names, possibly qualified.
 * - `literal`: integers, decimals, characters, strings (see `Token.literal`).
 * - `keyword`: a reserved word, including `_`.
 * - `reservedop`: `..` `:` `::` `=` `\` `|` `<-` `->` `@` `~` `=>`.
 * - `special`: `(` `)` `,` `;` `[` `]` `` ` `` `{` `}` as written.
 * - `virtualOpen`, `virtualSemicolon`, `virtualClose`: the `{` `;` `}` the layout pass inserts.
 * - `end`: the end of the input (always the last token).
 */
export type TokenKind =
  | "varid"
  | "conid"
  | "varsym"
  | "consym"
  | "literal"
  | "keyword"
  | "reservedop"
  | "special"
  | "virtualOpen"
  | "virtualSemicolon"
  | "virtualClose"
  | "end";

export interface Token {
  readonly kind: TokenKind;
  /** The token as written, without a qualifier (`x` for `M.x`); `{` `;` `}` for virtual tokens. */
  readonly text: string;
  /** `A.B` for `A.B.x`, `A.B.+`, `A.B.C`; undefined for unqualified names and other tokens. */
  readonly qualifier: string | undefined;
  /** The decoded value of a `literal` token. */
  readonly literal: Literal | undefined;
  /** Offsets of the token in its file (zero width for virtual tokens and `end`). */
  readonly span: Span;
  /** 1-based line of the token's first character. */
  readonly line: number;
  /** 1-based column of the token's first character, tabs expanded to multiples of 8 (for layout). */
  readonly column: number;
}

export const keywords: ReadonlySet<string> = new Set([
  "case", "class", "data", "default", "deriving", "do", "else", "if", "import", "in", "infix",
  "infixl", "infixr", "instance", "let", "module", "newtype", "of", "then", "type", "where", "_",
]);

export const reservedOperators: ReadonlySet<string> = new Set([
  "..", ":", "::", "=", "\\", "|", "<-", "->", "@", "~", "=>",
]);

/** True when the token is `kind` with exactly this text (e.g. `is(t, "special", ")")`). */
export function is(token: Token, kind: TokenKind, text: string): boolean {
  return token.kind === kind && token.text === text;
}

/** The token's full name as written, e.g. `M.x`, `A.B.:+:`. */
export function qualifiedText(token: Token): string {
  return token.qualifier === undefined ? token.text : `${token.qualifier}.${token.text}`;
}

/** How a parse error names a token after "unexpected": `'x'`, `'::'`, `end of input`, … */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case "end":
      return "end of input";
    case "virtualOpen":
      return "start of an indented block";
    case "virtualSemicolon":
      return "new line at the same indentation";
    case "virtualClose":
      return "end of the indented block (the next line is indented less)";
    case "literal":
      return `literal ${shorten(token.text)}`;
    default:
      return `'${shorten(qualifiedText(token))}'`;
  }
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 20)}...` : text;
}
