// The lexer: source text into tokens with spans, lines and layout columns (Haskell 2010
// lexical syntax). Comments and whitespace are dropped; the list always ends with an `end` token.

import { DiagnosticError, error, type Source } from "../text/index.ts";
import { isLiterate, unlit } from "./literate.ts";
import { isDigit, scanChar, scanNumber, scanString, type ScannedLiteral } from "./literal.ts";
import { keywords, reservedOperators, type Literal, type Token, type TokenKind } from "./token.ts";

const smallClass = 1;
const largeClass = 2;
const digitClass = 4;
const symbolClass = 8;
const specialClass = 16;
const spaceClass = 32;
const primeClass = 64;

/** Character classes of ASCII characters, as bit sets of the constants above. */
const asciiClasses = new Uint8Array(128);
for (let code = 97; code <= 122; code++) asciiClasses[code] = smallClass;
for (let code = 65; code <= 90; code++) asciiClasses[code] = largeClass;
for (let code = 48; code <= 57; code++) asciiClasses[code] = digitClass;
for (const char of "!#$%&*+./<=>?@\\^|-~:") asciiClasses[char.charCodeAt(0)] = symbolClass;
for (const char of "(),;[]`{}") asciiClasses[char.charCodeAt(0)] = specialClass;
for (const char of " \t\n\r\v\f") asciiClasses[char.charCodeAt(0)] = spaceClass;
asciiClasses[95] = smallClass;
asciiClasses[39] = primeClass;

function isSymbol(code: number): boolean {
  if (code < 128) return (asciiClasses[code] & symbolClass) !== 0;
  return /[\p{S}\p{P}]/u.test(String.fromCodePoint(code));
}

function isSmall(code: number): boolean {
  if (code < 128) return (asciiClasses[code] & smallClass) !== 0;
  return /\p{Ll}/u.test(String.fromCodePoint(code));
}

function isLarge(code: number): boolean {
  if (code < 128) return (asciiClasses[code] & largeClass) !== 0;
  return /[\p{Lu}\p{Lt}]/u.test(String.fromCodePoint(code));
}

function isIdentifierChar(code: number): boolean {
  if (code < 128) return (asciiClasses[code] & (smallClass | largeClass | digitClass | primeClass)) !== 0;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(code));
}

function isWhitespace(code: number): boolean {
  if (code < 128) return (asciiClasses[code] & spaceClass) !== 0;
  return /\s/u.test(String.fromCodePoint(code));
}

/** Turns a source into tokens; throws a DiagnosticError at the first lexical error. */
export function lex(source: Source): Token[] {
  return new Lexer(source).run();
}

class Lexer {
  private readonly text: string;
  private readonly tokens: Token[] = [];
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  /** The line on which a tab was last seen, so columns are computed the slow way only there. */
  private tabLine = 0;

  constructor(private readonly source: Source) {
    this.text = isLiterate(source.file) ? unlit(source.text) : source.text;
  }

  run(): Token[] {
    const text = this.text;
    while (this.skipBlank()) {
      const start = this.offset;
      const code = text.codePointAt(start)!;
      if (isLarge(code)) this.name(start);
      else if (isSmall(code)) this.identifier(start, start, undefined);
      else if (isDigit(code)) this.literal(start, scanNumber(this.source, start));
      else if (code === 34) this.literal(start, scanString(this.source, start));
      else if (code === 39) this.literal(start, scanChar(this.source, start));
      else if (code < 128 && asciiClasses[code] === specialClass) this.push("special", start, start + 1, undefined);
      else if (isSymbol(code)) this.symbol(start, start, undefined);
      else this.fail(start, start + (code > 0xffff ? 2 : 1), `unexpected character ${describe(code)}`);
    }
    this.push("end", text.length, text.length, undefined);
    return this.tokens;
  }

  /** Skips whitespace and comments; returns false at the end of the text. */
  private skipBlank(): boolean {
    const text = this.text;
    while (this.offset < text.length) {
      const code = text.charCodeAt(this.offset);
      if (code === 10) {
        this.offset++;
        this.line++;
        this.lineStart = this.offset;
      } else if (code === 9) {
        this.tabLine = this.line;
        this.offset++;
      } else if (code === 45 && text.charCodeAt(this.offset + 1) === 45 && this.isLineComment()) {
        while (this.offset < text.length && text.charCodeAt(this.offset) !== 10) this.offset++;
      } else if (code === 123 && text.charCodeAt(this.offset + 1) === 45) {
        this.skipBlockComment();
      } else if (isWhitespace(code)) {
        this.offset += code > 0xffff ? 2 : 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** `--` starts a comment unless the dashes are part of a longer operator such as `-->`. */
  private isLineComment(): boolean {
    let end = this.offset;
    while (this.text.charCodeAt(end) === 45) end++;
    return end >= this.text.length || !isSymbol(this.text.codePointAt(end)!);
  }

  private skipBlockComment(): void {
    const text = this.text;
    const start = this.offset;
    let depth = 0;
    do {
      const code = text.charCodeAt(this.offset);
      if (this.offset >= text.length) this.fail(start, start + 2, "unterminated {- comment");
      if (code === 123 && text.charCodeAt(this.offset + 1) === 45) {
        depth++;
        this.offset += 2;
      } else if (code === 45 && text.charCodeAt(this.offset + 1) === 125) {
        depth--;
        this.offset += 2;
      } else {
        if (code === 10) {
          this.line++;
          this.lineStart = this.offset + 1;
        } else if (code === 9) {
          this.tabLine = this.line;
        }
        this.offset++;
      }
    } while (depth > 0);
  }

  /** A conid, a qualified name `A.B.x` / `A.B.C` / `A.+`, or a plain conid. */
  private name(start: number): void {
    const text = this.text;
    let nameStart = start;
    let end = this.skipIdentifier(start);
    while (text.charCodeAt(end) === 46 && end + 1 < text.length) {
      const next = text.codePointAt(end + 1)!;
      const qualifier = text.slice(start, end);
      if (isLarge(next)) {
        nameStart = end + 1;
        end = this.skipIdentifier(nameStart);
        continue;
      }
      if (isSmall(next) && !keywords.has(text.slice(end + 1, this.skipIdentifier(end + 1)))) {
        this.identifier(start, end + 1, qualifier);
        return;
      }
      if (isSymbol(next)) {
        const symbol = text.slice(end + 1, this.skipSymbol(end + 1));
        if (symbol !== "." && !reservedOperators.has(symbol) && !/^--+$/.test(symbol)) {
          this.symbol(start, end + 1, qualifier);
          return;
        }
      }
      break;
    }
    const qualifier = nameStart > start ? text.slice(start, nameStart - 1) : undefined;
    this.push("conid", start, end, qualifier, nameStart);
  }

  private identifier(start: number, nameStart: number, qualifier: string | undefined): void {
    const end = this.skipIdentifier(nameStart);
    const word = this.text.slice(nameStart, end);
    const kind: TokenKind = qualifier === undefined && keywords.has(word) ? "keyword" : "varid";
    this.push(kind, start, end, qualifier, nameStart);
  }

  private symbol(start: number, nameStart: number, qualifier: string | undefined): void {
    const end = this.skipSymbol(nameStart);
    const symbol = this.text.slice(nameStart, end);
    let kind: TokenKind = symbol.startsWith(":") ? "consym" : "varsym";
    if (qualifier === undefined && reservedOperators.has(symbol)) kind = "reservedop";
    this.push(kind, start, end, qualifier, nameStart);
  }

  private literal(start: number, scanned: ScannedLiteral): void {
    this.push("literal", start, scanned.end, undefined, start, scanned.literal);
    for (let i = start; i < scanned.end; i++) {
      const code = this.text.charCodeAt(i);
      if (code === 10) {
        this.line++;
        this.lineStart = i + 1;
      } else if (code === 9) {
        this.tabLine = this.line;
      }
    }
  }

  private skipIdentifier(offset: number): number {
    const text = this.text;
    while (offset < text.length) {
      const code = text.codePointAt(offset)!;
      if (!isIdentifierChar(code)) break;
      offset += code > 0xffff ? 2 : 1;
    }
    return offset;
  }

  private skipSymbol(offset: number): number {
    const text = this.text;
    while (offset < text.length) {
      const code = text.codePointAt(offset)!;
      if (!isSymbol(code)) break;
      offset += code > 0xffff ? 2 : 1;
    }
    return offset;
  }

  private push(
    kind: TokenKind,
    start: number,
    end: number,
    qualifier: string | undefined,
    nameStart = start,
    literal: Literal | undefined = undefined,
  ): void {
    this.tokens.push({
      kind,
      text: this.text.slice(nameStart, end),
      qualifier,
      literal,
      span: this.source.span(start, end),
      line: this.line,
      column: this.column(start),
    });
    this.offset = end;
  }

  /** 1-based column with tabs expanded to the next multiple of 8. */
  private column(offset: number): number {
    if (this.tabLine !== this.line) return offset - this.lineStart + 1;
    let column = 1;
    for (let i = this.lineStart; i < offset; i++) {
      column = this.text.charCodeAt(i) === 9 ? column + 8 - ((column - 1) % 8) : column + 1;
    }
    return column;
  }

  private fail(start: number, end: number, message: string): never {
    throw new DiagnosticError([error(this.source.span(start, end), `lexical error: ${message}`)]);
  }
}

function describe(code: number): string {
  const printable = code > 32 && code !== 127 && !(code >= 0x80 && code < 0xa0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return printable ? `'${String.fromCodePoint(code)}' (${hex})` : hex;
}
