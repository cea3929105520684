// The studio's playback: the scheduler driving the song on the server clock, its deliveries
// gathered into one timeline message per scheduler turn, and the modes including single step.

import { performanceClock, Scheduler, timeoutTimer, type Clock, type Problem as SkippedEvent, type Sink, type Timer } from "../schedule/index.ts";
import type { Mode, Problem, ServerMessage, TransportStatus, WireElement, WireEvent } from "./protocol.ts";
import { isElementStep, type Song } from "./song.ts";
import { SongSource } from "./song-source.ts";
import { wireElement, wireEvent, wireReduction } from "./wire.ts";

export interface PlaybackOptions {
  readonly song: Song;
  /** The song's own module files: only spans into them are sent. */
  readonly files: ReadonlySet<string>;
  /** Sends a message to every browser, in order. */
  readonly publish: (message: ServerMessage) => void;
  /** The term may have changed. */
  readonly progressed: () => void;
  readonly clock?: Clock;
  readonly timer?: Timer;
}

const highlightInterval = 40;

export class Playback {
  private readonly scheduler: Scheduler;
  private readonly source: SongSource;
  private mode: Mode = "realtime";
  private slowStep = 500;
  private events: WireEvent[] = [];
  private elements: WireElement[] = [];
  private flushQueued = false;
  private readonly skipped = new Set<string>();
  private highlighted = -Infinity;

  constructor(private readonly options: PlaybackOptions) {
    this.source = new SongSource(options.song);
    const sink: Sink = {
      deliver: ({ due, event }) => this.gather(() => this.events.push(wireEvent(due, event, options.files))),
      cancel: (time) => this.publish({ type: "silence", at: time }),
    };
    this.scheduler = new Scheduler({
      source: this.source,
      clock: options.clock ?? performanceClock,
      timer: options.timer ?? timeoutTimer,
      sinks: [sink],
      listener: {
        element: (scheduled) => this.gather(() => this.elements.push(wireElement(scheduled, options.files, this.highlight(scheduled.due)))),
        problem: (problem) => this.skip(problem),
        ended: () => this.finished({ type: "stopped", reason: "end" }),
        failed: (message) => this.finished({ type: "stopped", reason: "error", problem: this.failure(message) }),
      },
    });
  }

  status(): TransportStatus {
    const { mode, slowStep } = this;
    return { state: this.scheduler.state, mode, slowStep, latency: this.scheduler.latency };
  }

  play(): void {
    if (this.mode === "step") this.setMode("realtime");
    this.scheduler.play();
  }

  pause(): void {
    this.scheduler.pause();
  }

  stop(): void {
    this.scheduler.stop();
  }

  restart(): void {
    this.skipped.clear();
    this.scheduler.restart();
    this.options.progressed();
  }

  /** The song's term was replaced by "play term". */
  jump(): void {
    this.scheduler.jump();
    this.options.progressed();
  }

  setMode(mode: Mode, slowStep = this.slowStep): void {
    this.mode = mode;
    this.slowStep = slowStep;
    if (mode === "step") this.scheduler.pause();
    else this.scheduler.setMode(mode === "slow" ? { kind: "slow", pause: slowStep } : { kind: "realtime" });
  }

  setLatency(milliseconds: number): void {
    this.scheduler.setLatency(milliseconds);
  }

  /** Single step: the next element, or the next reduction (its rule and spans for highlighting). */
  next(unit: "element" | "reduction"): void {
    if (this.mode !== "step") this.setMode("step");
    if (this.scheduler.state === "ended") this.scheduler.restart();
    if (unit === "reduction") {
      const step = this.reduce();
      if (!isElementStep(step)) {
        this.publish({ type: "reduction", reduction: wireReduction(step, this.options.files) });
        return this.options.progressed();
      }
      this.source.complete(step);
    }
    this.scheduler.step();
    this.options.progressed();
  }

  /** Sends what the scheduler handed over so far as one timeline message. */
  flush(): void {
    if (this.events.length === 0 && this.elements.length === 0) return;
    const message: ServerMessage = { type: "timeline", events: this.events, elements: this.elements };
    this.events = [];
    this.elements = [];
    this.options.publish(message);
  }

  dispose(): void {
    this.scheduler.stop();
  }

  private gather(add: () => void): void {
    add();
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      this.flush();
      this.options.progressed();
    });
  }

  /**
   * Whether an element due at `due` carries its reduced spans: at most one every 40 ms of music,
   * since the editor flashes them for a moment and a display shows no more anyway.
   */
  private highlight(due: number): boolean {
    if (this.mode !== "realtime" || due < this.highlighted || due - this.highlighted >= highlightInterval) {
      this.highlighted = due;
      return true;
    }
    return false;
  }

  private publish(message: ServerMessage): void {
    this.flush();
    this.options.publish(message);
  }

  private finished(message: ServerMessage): void {
    this.publish(message);
    this.publish({ type: "transport", transport: this.status() });
    this.options.progressed();
  }

  private reduce(): ReturnType<Song["stepReduction"]> {
    try {
      return this.options.song.stepReduction();
    } catch (failure) {
      return { kind: "error", time: 0, message: `error: ${failure instanceof Error ? failure.message : String(failure)}` };
    }
  }

  private failure(message: string): Problem {
    const span = this.source.errorSpan;
    return { severity: "error", message: message.split("\n")[0], span: span && this.options.files.has(span.file) ? span : undefined, text: message };
  }

  /** An event was skipped: reported once per message and place until the next restart. */
  private skip(skipped: SkippedEvent): void {
    const span = skipped.spans.find((candidate) => this.options.files.has(candidate.file));
    const key = `${skipped.message}@${span?.file}:${span?.start}`;
    if (this.skipped.has(key) || this.skipped.size > 100) return;
    this.skipped.add(key);
    const text = span ? this.options.song.format({ severity: "warning", span, message: skipped.message }) : skipped.message;
    this.publish({ type: "skipped", problem: { severity: "warning", message: skipped.message, span, text } });
  }
}
