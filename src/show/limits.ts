// How much of a term is printed: its depth, list widths and length (a module of its own, so that
// the server's thread can scale them without loading the interpreter).

export interface TermLimits {
  /** Nesting depth after which subterms print as `…`. */
  readonly depth: number;
  /** Elements of a list shown before `…`. */
  readonly width: number;
  /** Characters in all. */
  readonly length: number;
}

export const defaultTermLimits: TermLimits = { depth: 14, width: 12, length: 4000 };
