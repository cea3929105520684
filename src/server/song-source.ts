// The song as the scheduler's step source: its next element, or one that a single reduction
// already completed, and the place of the latest runtime error for the editor to mark.

import type { ElementStep } from "../events/index.ts";
import type { RestartableSource } from "../schedule/index.ts";
import type { Span } from "../text/index.ts";
import type { Song } from "./song.ts";

export class SongSource implements RestartableSource {
  private completed: ElementStep | undefined;
  /** Where the latest runtime error happened, if the interpreter said. */
  errorSpan: Span | undefined;

  constructor(private readonly song: Song) {}

  /** A step that `stepReduction` completed: it is the next one pulled. */
  complete(step: ElementStep): void {
    this.completed = step;
  }

  next(): ElementStep {
    const step = this.completed ?? this.song.next();
    this.completed = undefined;
    if (step.kind === "error") this.errorSpan = step.span;
    return step;
  }

  restart(): void {
    this.completed = undefined;
    this.song.restart();
  }
}
