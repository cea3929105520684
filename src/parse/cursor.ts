// The parser's view of the token stream: one token of lookahead over the layout pass, spans of
// parsed nodes, parse errors at the offending token, blocks, and the nesting depth guard.

import { DiagnosticError, error, type Source, type Span } from "../text/index.ts";
import { Layout, describeToken, is, lex, type Token, type TokenKind } from "../lex/index.ts";

/**
 * Deeper nesting than this is reported instead of risking a JavaScript stack overflow. Each
 * expression, pattern, type, declaration and bracket counts one level; Node's default stack
 * overflows at about 1,000 such levels before the code is optimized.
 */
const maximumDepth = 500;

export class Cursor {
  /** The token being looked at (not yet consumed). */
  current: Token;
  private readonly tokens: readonly Token[];
  private readonly layout: Layout;
  /** End offset of the last consumed token that came from the source (not a virtual one). */
  private previousEnd = 0;
  private depth = 0;

  /** `module`: the text is a whole module (its body is a block), else a lone expression or pattern. */
  constructor(readonly source: Source, options: { readonly module: boolean }) {
    this.tokens = lex(source);
    this.layout = new Layout(this.tokens, options);
    this.current = this.layout.next();
  }

  /** Consumes the current token and returns it. */
  advance(): Token {
    const token = this.current;
    if (!token.kind.startsWith("virtual")) this.previousEnd = token.span.end;
    if (token.kind !== "end") this.current = this.layout.next();
    return token;
  }

  at(kind: TokenKind, text: string): boolean {
    return is(this.current, kind, text);
  }

  atSpecial(text: string): boolean {
    return is(this.current, "special", text);
  }

  atKeyword(text: string): boolean {
    return is(this.current, "keyword", text);
  }

  atOperator(text: string): boolean {
    return is(this.current, "reservedop", text);
  }

  /** An explicit or a layout `;`. */
  atSemicolon(): boolean {
    return this.current.kind === "virtualSemicolon" || this.atSpecial(";");
  }

  /** Consumes the current token if it is `kind` with `text`. */
  accept(kind: TokenKind, text: string): Token | undefined {
    return this.at(kind, text) ? this.advance() : undefined;
  }

  /** Consumes `kind` `text` or fails with "expected `what`". */
  expect(kind: TokenKind, text: string, what = `'${text}'`): Token {
    if (!this.at(kind, text)) this.fail(what);
    return this.advance();
  }

  /** A parse error at the current token: `parse error: unexpected X, expected Y`. */
  fail(expected: string): never {
    const atEnd = this.current.kind.startsWith("virtual") && this.tokens[this.layout.delivered]?.kind === "end";
    const unexpected = atEnd ? "end of input" : describeToken(this.current);
    this.failAt(this.current.span, `parse error: unexpected ${unexpected}, expected ${expected}`);
  }

  failAt(span: Span, message: string): never {
    throw new DiagnosticError([error(span, message)]);
  }

  /** The span from `start` to the end of the last consumed source token. */
  spanFrom(start: number): Span {
    return this.source.span(start, Math.max(start, this.previousEnd));
  }

  /** The `distance`-th token after the current one in the source (before layout), if any. */
  following(distance = 1): Token | undefined {
    const index = this.currentIndex();
    return index === undefined ? undefined : this.tokens[index + distance];
  }

  /** The source tokens from the current one on, with the column that ends a statement's lines. */
  ahead(): { readonly tokens: readonly Token[]; readonly from: number; readonly blockColumn: number } {
    return { tokens: this.tokens, from: this.currentIndex() ?? this.tokens.length - 1, blockColumn: this.layout.blockColumn() };
  }

  /** True when the previous source token ends exactly where the current one starts. */
  touchesPrevious(): boolean {
    return this.previousEnd === this.current.span.start;
  }

  /** Runs a parser one nesting level deeper, failing cleanly beyond `maximumDepth`. */
  nested<T>(parse: () => T): T {
    if (this.depth >= maximumDepth) this.failAt(this.current.span, "parse error: expression nested too deeply");
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  /**
   * Parses `{ item ; item ; … }`, explicit or from layout. An implicit block also ends where its
   * next token cannot continue it (the report's parse-error(t) rule): `let x = 1 in x`,
   * `(case x of A -> 1)`, `[y | let y = 1, y > 0]`.
   */
  block<T>(item: () => T, what: string): T[] {
    const items: T[] = [];
    const explicit = this.atSpecial("{");
    if (!explicit && this.current.kind !== "virtualOpen") this.fail(`a block of ${what}`);
    this.advance();
    for (;;) {
      while (this.atSemicolon()) this.advance();
      if (this.atBlockEnd(explicit)) break;
      items.push(item());
      if (this.atSemicolon()) continue;
      if (this.atBlockEnd(explicit)) break;
      if (explicit) this.fail("';' or '}'");
      if (!this.closeImplicit()) this.fail(`';' or the end of the ${what}`);
    }
    this.advance();
    return items;
  }

  private atBlockEnd(explicit: boolean): boolean {
    return explicit ? this.atSpecial("}") : this.current.kind === "virtualClose";
  }

  /** Asks the layout to close the innermost implicit block before the current token. */
  private closeImplicit(): boolean {
    const close = this.layout.closeImplicit();
    if (close) this.current = close;
    return close !== undefined;
  }

  private currentIndex(): number | undefined {
    const index = this.layout.delivered - 1;
    return this.tokens[index] === this.current ? index : undefined;
  }
}
