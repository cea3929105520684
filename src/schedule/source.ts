// The song as the scheduler sees it: a step source that can start again from `main` (at once,
// or computed elsewhere and handed over when ready), and a wrapper that ends a song (finite or
// not) at a given time, for `--seconds`.

import type { ElementStep, StepSource } from "../events/index.ts";

export interface RestartableSource extends StepSource {
  /** The term becomes `main` again: the next step is the song's first. */
  restart(): void;
}

/** The next step is being computed elsewhere (another thread): the source says when it is ready. */
export const PENDING = Symbol("pending");
export type Pending = typeof PENDING;

/** A source whose steps may come later than they are asked for (a song evaluated in a worker). */
export interface DeferredSource {
  /** The next step, or PENDING: then `ready` is called once the step can be pulled. */
  next(): ElementStep | Pending;
  restart(): void;
  /** Called once by the scheduler: `ready` is how the source wakes it. */
  listen?(ready: () => void): void;
}

/** The song up to `limit` ms: elements at or after it are replaced by the end of the song. */
export function cutAt(source: RestartableSource, limit: number): RestartableSource {
  let ended = false;
  return {
    next(): ElementStep {
      if (ended) return { kind: "end", time: limit };
      const step = source.next();
      if (step.time < limit) return step;
      ended = true;
      return { kind: "end", time: step.kind === "end" ? Math.min(step.time, limit) : limit };
    },
    restart(): void {
      ended = false;
      source.restart();
    },
  };
}
