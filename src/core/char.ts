// Characters of the language: one shared object per code point below 256.

export class Char {
  private static readonly table: Char[] = [];
  private constructor(readonly code: number) {}
  static of(code: number): Char {
    if (code < 256) return (Char.table[code] ??= new Char(code));
    return new Char(code);
  }
}
