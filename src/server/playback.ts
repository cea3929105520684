// The studio's playback: the scheduler driving the song on the server clock, its deliveries
// turned into protocol messages (only spans into the song's own modules) and gathered into one
// timeline message per scheduler turn, and the modes including single step.

import { eventReading, type ElementStep, type ErrorStep, type TimedEvent } from "../events/index.ts";
import {
  PENDING, performanceClock, Scheduler, timeoutTimer, type DeferredSource, type Pending, type Problem as SkippedEvent, type Scheduled, type Sink,
} from "../schedule/index.ts";
import type { Span } from "../text/index.ts";
import type { Mode, Problem, ServerMessage, TransportStatus, WireElement, WireEvent, WireReduction } from "./protocol.ts";
import { isElementStep, type Reduction, type Song } from "./song.ts";
import type { StepScope } from "../session/index.ts";

export interface PlaybackOptions {
  readonly song: Song;
  /** The song's own module files: only spans into them are sent. */
  readonly files: ReadonlySet<string>;
  /** Sends a message to every browser, in order. */
  readonly publish: (message: ServerMessage) => void;
  /** The term may have changed. */
  readonly progressed: () => void;
  /** The song stopped on a runtime error (after the browsers were told). */
  readonly failed?: (failure: ErrorStep) => void;
}

/** The song as the scheduler's source: its next element, or one a single reduction completed. */
class SongSource implements DeferredSource {
  private completed: ElementStep | undefined;
  /** The latest runtime error. */
  failure: ErrorStep | undefined;

  constructor(private readonly song: Song) {}

  /** A step that `stepReduction` completed: it is the next one pulled. */
  complete(step: ElementStep): void {
    this.completed = step;
  }

  next(): ElementStep | Pending {
    const step = this.completed ?? this.song.next();
    this.completed = undefined;
    if (step !== PENDING && step.kind === "error") this.failure = step;
    return step;
  }

  listen(ready: () => void): void {
    this.song.listen?.(ready);
  }

  restart(): void {
    this.completed = undefined;
    this.song.restart();
  }
}

/** Highlights are capped per element: the editor shows a handful, not thousands. */
const maximumSpans = 48;

/** The spans into the song's own modules, without repeats (they are few: no index needed). */
function songSpans(spans: readonly Span[], files: ReadonlySet<string>): Span[] {
  const kept: Span[] = [];
  for (const span of spans) {
    if (!files.has(span.file)) continue;
    if (kept.some((other) => other.start === span.start && other.end === span.end && other.file === span.file)) continue;
    kept.push(span);
    if (kept.length === maximumSpans) break;
  }
  return kept;
}

function wireEvent(due: number, event: TimedEvent, files: ReadonlySet<string>): WireEvent {
  return { due, port: event.port, channel: event.channel, message: event.message, spans: songSpans(event.spans, files) };
}

/** An element for the browsers; `highlight` false leaves out what was reduced (see Playback). */
function wireElement({ due, step }: Scheduled, files: ReadonlySet<string>, highlight: boolean): WireElement {
  const reading = step.events.flatMap((event) => eventReading(event) ?? []).join("; ");
  return { due, time: step.time, trace: step.trace, ...(reading ? { reading } : {}), reduced: highlight ? songSpans(step.reduced, files) : [] };
}

function wireReduction(reduction: Reduction, files: ReadonlySet<string>): WireReduction {
  const own = (span: Span | undefined) => (span && files.has(span.file) ? span : undefined);
  return {
    rule: reduction.rule,
    call: own(reduction.call),
    ruleSpan: own(reduction.ruleSpan),
    matched: songSpans(reduction.matched, files),
  };
}

/** Elements carry what was reduced at most once per this many ms of music (see `highlight`). */
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
      clock: performanceClock,
      timer: timeoutTimer,
      sinks: [sink],
      listener: {
        element: (scheduled) => this.gather(() => this.elements.push(wireElement(scheduled, options.files, this.highlight(scheduled.due)))),
        problem: (problem) => this.skip(problem),
        ended: () => this.finished({ type: "stopped", reason: "end" }),
        failed: (message) => {
          this.finished({ type: "stopped", reason: "error", problem: this.failure(message) });
          if (this.source.failure) options.failed?.(this.source.failure);
        },
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

  /**
   * After the song's term went back to `main` (a rollback): plays on silently to song time
   * `time`, where the music stopped, and goes on playing from there.
   */
  async resumeAt(time: number): Promise<void> {
    await this.continueAt(time);
    this.play();
  }

  /** After the song's term went back to `main`: plays on silently to song time `time`, keeping the transport as it is. */
  async continueAt(time: number): Promise<void> {
    await this.options.song.skipTo(time).catch(() => {});
    this.scheduler.jump();
    this.options.progressed();
  }

  /** Song time (ms) of the last element handed to the outputs. */
  get position(): number {
    return this.scheduler.position;
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

  /**
   * Single step: the next element, or the next reduction (its rule and spans for highlighting)
   * of the song's own code, or, `intoLibrary`, of any code.
   */
  async next(unit: "element" | "reduction", intoLibrary = false): Promise<void> {
    if (this.mode !== "step") this.setMode("step");
    if (this.scheduler.state === "ended") this.scheduler.restart();
    if (unit === "reduction") {
      const step = await this.reduce(intoLibrary ? "all" : "song");
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

  private reduce(scope: StepScope): ReturnType<Song["stepReduction"]> {
    return this.options.song.stepReduction(scope).catch((failure: Error) => ({ kind: "error", time: 0, message: `error: ${failure.message}` }));
  }

  private failure(message: string): Problem {
    const span = this.source.failure?.span;
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
