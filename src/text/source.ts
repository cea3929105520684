// A source file's text and the mapping from character offsets to lines and columns.
// Every later stage refers to positions through `Span`s into a `Source`.

export interface Span {
  /** File name as shown to the user (e.g. `song.hs`, `lib/Prelude.hs`). */
  readonly file: string;
  /** Offsets into the file's text: start inclusive, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface Position {
  /** 1-based line and column. */
  readonly line: number;
  readonly column: number;
}

export class Source {
  private readonly lineStarts: number[];

  constructor(readonly file: string, readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  span(start: number, end: number): Span {
    return { file: this.file, start, end };
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
}
