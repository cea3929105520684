// The terminal's status while playing: a few lines (time, last events, current term) redrawn in
// place on a TTY, with other messages printed above them so nothing is overwritten.

export class StatusLines {
  private lines: readonly string[] = [];

  constructor(private readonly stream: NodeJS.WriteStream) {}

  /** Replaces the status with `lines` (each cut to the terminal's width). */
  draw(lines: readonly string[]): void {
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    const fitted = lines.map((line) => {
      const flat = line.replace(/\s+/g, " ");
      return flat.length > width ? flat.slice(0, width - 1) + "…" : flat;
    });
    if (fitted.join("\n") === this.lines.join("\n")) return;
    this.stream.write(this.erase() + fitted.map((line) => line + "\n").join(""));
    this.lines = fitted;
  }

  /** Prints `text` above the status. */
  print(text: string): void {
    this.stream.write(this.erase() + text + "\n" + this.lines.map((line) => line + "\n").join(""));
  }

  /** Removes the status (when playing ends). */
  clear(): void {
    this.stream.write(this.erase());
    this.lines = [];
  }

  /** Moves up over the status and clears to the end of the screen. */
  private erase(): string {
    return this.lines.length > 0 ? `\x1b[${this.lines.length}A\r\x1b[0J` : "";
  }
}
