// The layout pass: tokens into tokens with the implicit `{ ; }` of indentation-based blocks,
// after the Haskell 2010 algorithm L, produced on demand so the parser can close blocks.

import type { Token } from "./token.ts";
import { is } from "./token.ts";

/** Keywords after which a block opens: `{` or a new implicit block at the next token's column. */
const layoutKeywords: ReadonlySet<string> = new Set(["let", "where", "do", "of"]);

/** Keywords that begin a top-level declaration in semicolon mode (see `Layout`). */
const declarationKeywords: ReadonlySet<string> = new Set([
  "import", "data", "type", "newtype", "infix", "infixl", "infixr", "class", "instance", "default",
]);

type Context =
  | { readonly kind: "implicit"; readonly column: number; readonly keyword: string; readonly semicolons: boolean }
  | { readonly kind: "explicit" }
  | { readonly kind: "bracket"; readonly open: string };

/**
 * Inserts virtual `{` `;` `}` into a token list, one token at a time. Beyond the report's
 * algorithm: open brackets shield their inside from indentation (a line inside `( … )` never
 * ends a block opened outside them), `)` `]` `}` and `in` close the implicit blocks opened inside
 * them, and the parser calls `closeImplicit` for the report's parse-error(t) rule.
 *
 * Semicolon mode (songs of the original live-sequencer): when some line of the top-level block
 * ends with an explicit `;`, declarations there are separated by `;` and continuation lines may
 * start at any column. A line at or left of the top-level column then starts a new declaration
 * only if the previous token is not `;` and the line looks like one: it starts with a declaration
 * keyword, or it has `=` or `::` outside brackets before its paragraph ends. Nested blocks use
 * layout as usual.
 */
export class Layout {
  private readonly contexts: Context[] = [];
  private readonly queued: Token[] = [];
  private index = 0;
  /** The indentation of `tokens[index]` has been dealt with. */
  private annotated = false;
  /** Treat `tokens[index]` as the first token of a line (after an empty block `{}`). */
  private forceAnnotation = false;
  /** The layout keyword whose block opens at the next token. */
  private expectBlock: string | undefined;
  /** The last token delivered from the input, whose effect on the contexts is still pending. */
  private pending: Token | undefined;
  private previousOutput: Token | undefined;
  /** The keyword of the block most recently closed by indentation. */
  private closedByIndentation: string | undefined;

  /**
   * With `module` (the default), a module's body is a block: after `module … where`, or implicit
   * from the first token on. Without it (a lone expression), there is no top-level block.
   */
  constructor(
    private readonly tokens: readonly Token[],
    options: { readonly module: boolean } = { module: true },
  ) {
    const first = tokens[0];
    if (options.module && !is(first, "keyword", "module") && !is(first, "special", "{")) this.expectBlock = "top";
  }

  /** The next token; after the last one, `end` again. */
  next(): Token {
    if (this.pending) this.apply(this.pending);
    this.pending = undefined;
    const token = this.queued.shift() ?? this.decide();
    this.previousOutput = token;
    return token;
  }

  /**
   * The parse-error(t) rule: the parser, stuck at the token last returned, asks to close the
   * innermost implicit block there. Returns the virtual `}` (that token comes again after it),
   * or undefined when the innermost context is not an implicit block.
   */
  closeImplicit(): Token | undefined {
    const stuck = this.pending;
    const top = this.contexts[this.contexts.length - 1];
    if (!stuck || top?.kind !== "implicit" || stuck.kind === "end") return undefined;
    this.pending = undefined;
    this.index--;
    this.annotated = true;
    this.contexts.pop();
    this.previousOutput = virtual("virtualClose", "}", stuck);
    return this.previousOutput;
  }

  /** How many input tokens have been delivered (the last of them is the parser's current one). */
  get delivered(): number {
    return this.index;
  }

  /**
   * The column of the innermost implicit block, or 0 when a bracket or an explicit brace is
   * nearer (lines do not end statements there).
   */
  blockColumn(): number {
    const top = this.contexts[this.contexts.length - 1];
    return top?.kind === "implicit" ? top.column : 0;
  }

  private decide(): Token {
    const token = this.tokens[this.index];
    if (this.expectBlock !== undefined) return this.openBlock(token);
    const top = this.contexts[this.contexts.length - 1];
    if (token.kind === "end") {
      if (top?.kind !== "implicit") return token;
      this.contexts.pop();
      return virtual("virtualClose", "}", token);
    }
    if (!this.annotated && (this.forceAnnotation || this.startsLine(this.index))) {
      const indentation = this.indent(token, top);
      if (indentation) return indentation;
    }
    const closing = this.closeBefore(token, top);
    if (closing) return closing;
    this.index++;
    this.annotated = false;
    this.forceAnnotation = false;
    this.pending = token;
    return token;
  }

  /** The report's `{n}`: open an implicit block at the token's column, or an empty one. */
  private openBlock(token: Token): Token {
    const keyword = this.expectBlock!;
    this.expectBlock = undefined;
    if (is(token, "special", "{")) {
      this.annotated = true;
      return this.decide();
    }
    const column = token.kind === "end" ? 0 : token.column;
    const top = this.contexts[this.contexts.length - 1];
    const enclosing = top?.kind === "implicit" ? top.column : 0;
    if (column > enclosing) {
      const topLevel = this.contexts.length === 0 && (keyword === "top" || keyword === "where");
      const semicolons = topLevel && this.endsLinesWithSemicolons(this.index);
      this.contexts.push({ kind: "implicit", column, keyword, semicolons });
      this.annotated = true;
    } else {
      this.queued.push(virtual("virtualClose", "}", token));
      this.forceAnnotation = true;
    }
    return virtual("virtualOpen", "{", token);
  }

  /** The report's `<n>`: a new line at the block's column gives `;`, left of it gives `}`. */
  private indent(token: Token, top: Context | undefined): Token | undefined {
    if (top?.kind !== "implicit") {
      this.annotated = true;
      return undefined;
    }
    if (top.semicolons) {
      this.annotated = true;
      const previous = this.previousOutput;
      const separated = previous?.kind !== "literal" && (previous?.text === ";" || previous?.text === "{");
      if (token.column > top.column || separated || !this.looksLikeDeclaration(this.index, top.column)) {
        return undefined;
      }
      return virtual("virtualSemicolon", ";", token);
    }
    if (token.column === top.column) {
      this.annotated = true;
      return virtual("virtualSemicolon", ";", token);
    }
    if (token.column < top.column) {
      this.contexts.pop();
      this.closedByIndentation = top.keyword;
      return virtual("virtualClose", "}", token);
    }
    this.annotated = true;
    return undefined;
  }

  /** `)` `]` `}` close the implicit blocks opened inside their bracket; `in` closes a `let`. */
  private closeBefore(token: Token, top: Context | undefined): Token | undefined {
    if (top?.kind !== "implicit") return undefined;
    if (token.kind === "keyword" && token.text === "in") {
      // An `in` right after a `let` block closed by indentation belongs to that `let`.
      const justClosedLet = this.previousOutput?.kind === "virtualClose" && this.closedByIndentation === "let";
      if (top.keyword !== "let" || justClosedLet) return undefined;
    } else if (token.kind === "special" && (token.text === ")" || token.text === "]" || token.text === "}")) {
      const opener = this.innermostOpener();
      const matches =
        opener?.kind === "explicit"
          ? token.text === "}"
          : opener?.kind === "bracket" && (opener.open === "(" ? ")" : "]") === token.text;
      if (!matches) return undefined;
    } else {
      return undefined;
    }
    this.contexts.pop();
    return virtual("virtualClose", "}", token);
  }

  /** The innermost bracket or explicit brace, skipping implicit blocks. */
  private innermostOpener(): Context | undefined {
    for (let index = this.contexts.length - 1; index >= 0; index--) {
      if (this.contexts[index].kind !== "implicit") return this.contexts[index];
    }
    return undefined;
  }

  /** The effect of a delivered input token on the contexts. */
  private apply(token: Token): void {
    if (token.kind === "keyword" && layoutKeywords.has(token.text)) {
      this.expectBlock = token.text;
    } else if (token.kind === "special") {
      const top = this.contexts[this.contexts.length - 1];
      if (token.text === "(" || token.text === "[") this.contexts.push({ kind: "bracket", open: token.text });
      else if (token.text === "{") this.contexts.push({ kind: "explicit" });
      else if (token.text === "}" && top?.kind === "explicit") this.contexts.pop();
      else if ((token.text === ")" || token.text === "]") && top?.kind === "bracket") this.contexts.pop();
    }
  }

  private startsLine(index: number): boolean {
    if (index === 0) return true;
    const previous = this.tokens[index - 1];
    return this.tokens[index].line > endLine(previous);
  }

  /** Semicolon mode: some line of the block (outside brackets) ends with an explicit `;`. */
  private endsLinesWithSemicolons(from: number): boolean {
    let depth = 0;
    for (let index = from; index < this.tokens.length; index++) {
      const token = this.tokens[index];
      if (token.kind !== "special") continue;
      if (token.text === "(" || token.text === "[" || token.text === "{") depth++;
      else if (token.text === ")" || token.text === "]" || token.text === "}") depth = Math.max(0, depth - 1);
      else if (token.text === ";" && depth === 0) {
        const next = this.tokens[index + 1];
        if (next.kind === "end" || this.startsLine(index + 1)) return true;
      }
    }
    return false;
  }

  /** Semicolon mode: does the paragraph starting at `from` read as a new declaration? */
  private looksLikeDeclaration(from: number, column: number): boolean {
    const first = this.tokens[from];
    if (first.kind === "keyword") return declarationKeywords.has(first.text) || first.text === "_";
    const startsPattern =
      first.kind === "varid" ||
      first.kind === "conid" ||
      is(first, "special", "(") ||
      is(first, "special", "[") ||
      is(first, "reservedop", "~") ||
      is(first, "varsym", "!");
    if (!startsPattern) return false;
    let depth = 0;
    for (let index = from; index < this.tokens.length; index++) {
      const token = this.tokens[index];
      if (token.kind === "end") return false;
      if (index > from && token.column <= column && this.startsLine(index)) return false;
      if (token.kind === "special") {
        if (token.text === "(" || token.text === "[" || token.text === "{") depth++;
        else if (token.text === ")" || token.text === "]" || token.text === "}") depth--;
        else if (token.text === ";" && depth <= 0) return false;
      } else if (depth <= 0 && token.kind === "reservedop" && (token.text === "=" || token.text === "::")) {
        return true;
      }
    }
    return false;
  }
}

/** Runs the layout pass over a whole token list (without parser feedback). */
export function layout(tokens: readonly Token[]): Token[] {
  const stream = new Layout(tokens);
  const output: Token[] = [];
  for (;;) {
    const token = stream.next();
    output.push(token);
    if (token.kind === "end") return output;
  }
}

function virtual(kind: Token["kind"], text: string, at: Token): Token {
  return {
    kind,
    text,
    qualifier: undefined,
    literal: undefined,
    span: { file: at.span.file, start: at.span.start, end: at.span.start },
    line: at.line,
    column: at.column,
  };
}

/** The line a token ends on (string literals with gaps may span lines). */
function endLine(token: Token): number {
  if (token.kind !== "literal") return token.line;
  let line = token.line;
  for (let i = token.text.indexOf("\n"); i >= 0; i = token.text.indexOf("\n", i + 1)) line++;
  return line;
}
