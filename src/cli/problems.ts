// Problems met while playing or rendering (skipped elements, out-of-range values): printed as
// warnings at the song's own source position, each distinct one once, with a count at the end.

import type { Problem } from "../schedule/index.ts";
import { formatSongTime } from "../schedule/index.ts";
import { warning, type Diagnostic, type Span } from "../text/index.ts";

export interface ProblemSong {
  format(diagnostic: Diagnostic): string;
  moduleFiles(): { name: string; file: string }[];
}

export class ProblemReporter {
  private readonly seen = new Map<string, number>();
  private readonly songFiles: Set<string>;

  constructor(private readonly song: ProblemSong, private readonly print: (text: string) => void) {
    this.songFiles = new Set(song.moduleFiles().map((module) => module.file));
  }

  report(problem: Problem): void {
    const span = this.position(problem.spans);
    const key = `${problem.message}@${span ? `${span.file}:${span.start}` : ""}`;
    const count = this.seen.get(key) ?? 0;
    this.seen.set(key, count + 1);
    if (count > 0) return;
    this.print(span ? this.song.format(warning(span, problem.message)) : `refrain: warning: ${problem.message} (at ${formatSongTime(problem.time)})`);
  }

  /** One line about the problems that came more than once, if any. */
  summary(): string | undefined {
    const repeated = [...this.seen.values()].filter((count) => count > 1);
    if (repeated.length === 0) return undefined;
    const total = repeated.reduce((sum, count) => sum + count - 1, 0);
    return `refrain: ${total} more skipped element${total === 1 ? "" : "s"} with the same problems`;
  }

  /** The last span in the song's own files (the innermost call the musician wrote), else the last. */
  private position(spans: readonly Span[]): Span | undefined {
    return [...spans].reverse().find((span) => this.songFiles.has(span.file)) ?? spans.at(-1);
  }
}
