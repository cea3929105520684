// The look-ahead scheduler: pulls a song's steps just ahead of the clock, gives every message its
// due time on the ideal timeline (anchor + exact song time, so nothing drifts), hands them to the
// sinks early, and runs the transport (play, pause, stop, restart, jump) and the modes.

import type { ElementStep, TimedEvent } from "../events/index.ts";
import { defaultEventLimit, StepChecker, type Problem } from "./check.ts";
import type { Clock, Timer } from "./clock.ts";
import { NoteTracker } from "./notes.ts";
import type { Sink } from "./sink.ts";
import { PENDING, type DeferredSource } from "./source.ts";

export type Mode =
  | { readonly kind: "realtime" }
  /** Slow motion: Waits are ignored and every element takes the same pause. */
  | { readonly kind: "slow"; readonly pause: number };

export type TransportState = "stopped" | "playing" | "paused" | "ended" | "failed";

export type Element = Extract<ElementStep, { kind: "element" }>;

export interface Scheduled {
  readonly step: Element;
  /** Clock time at which the element's events are due. */
  readonly due: number;
}

export interface SchedulerListener {
  /** An element was handed to the sinks, up to the latency before it is due. */
  element?(scheduled: Scheduled): void;
  /** An event was skipped because a value is out of range. */
  problem?(problem: Problem): void;
  /** The song's end was reached (at its due time); every channel used was silenced. */
  ended?(): void;
  /** A runtime error or a flood was reached (at its due time); every channel used was silenced. */
  failed?(message: string): void;
}

export interface SchedulerOptions {
  readonly source: DeferredSource;
  readonly clock: Clock;
  readonly timer: Timer;
  readonly sinks: readonly Sink[];
  /** How far ahead of the clock steps are pulled (ms). */
  readonly latency?: number;
  readonly mode?: Mode;
  /** Events per second of music beyond which the song is stopped. */
  readonly eventLimit?: number;
  readonly listener?: SchedulerListener;
}

export const defaultLatency = 100;
export const latencyRange = { minimum: 10, maximum: 1000 } as const;
export const slowPauseRange = { minimum: 100, maximum: 2000 } as const;
/** Steps pulled in one turn before yielding, so a burst never blocks the transport. */
const stepsPerTurn = 1000;

/** A pulled step and its place in the order of steps (slow motion counts steps, not time). */
interface Pulled {
  readonly step: ElementStep;
  readonly index: number;
}

/** Where the timeline is pinned to the clock: the step at `time` / `index` is due at `clock`. */
interface Anchor {
  clock: number;
  readonly time: number;
  readonly index: number;
}

function clamp(value: number, range: { readonly minimum: number; readonly maximum: number }): number {
  return Math.min(range.maximum, Math.max(range.minimum, value));
}

export class Scheduler {
  private readonly source: DeferredSource;
  private readonly clock: Clock;
  private readonly timer: Timer;
  private readonly sinks: readonly Sink[];
  private readonly listener: SchedulerListener;
  private readonly checker: StepChecker;
  private readonly tracker = new NoteTracker();
  private latencyValue: number;
  private modeValue: Mode;
  private stateValue: TransportState = "stopped";
  private anchor: Anchor | undefined;
  /** Pulled but not yet handed to the sinks (beyond the look-ahead), in order. */
  private ahead: Pulled[] = [];
  /** Handed to the sinks and not yet due, in due order; the song's end or error comes last. */
  private pending: Pulled[] = [];
  /** The source gave its end or an error: nothing more is pulled. */
  private exhausted = false;
  private pulled = 0;
  private lastPulled: Pulled | undefined;
  /** Song time of the last step handed over (for the time stamp of silencing events). */
  private songTime = 0;
  private pausedAt = 0;
  private wakeHandle: unknown;
  /** A single step was asked for while the source was computing it: taken when it is ready. */
  private stepWanted = false;

  constructor(options: SchedulerOptions) {
    this.source = options.source;
    this.clock = options.clock;
    this.timer = options.timer;
    this.sinks = options.sinks;
    this.listener = options.listener ?? {};
    this.checker = new StepChecker((problem) => this.listener.problem?.(problem), options.eventLimit ?? defaultEventLimit);
    this.latencyValue = clamp(options.latency ?? defaultLatency, latencyRange);
    this.modeValue = Scheduler.checkedMode(options.mode ?? { kind: "realtime" });
    this.source.listen?.(() => this.ready());
  }

  get state(): TransportState {
    return this.stateValue;
  }

  get latency(): number {
    return this.latencyValue;
  }

  /** Song time (ms) of the last step handed to the sinks. */
  get position(): number {
    return this.songTime;
  }

  get mode(): Mode {
    return this.modeValue;
  }

  /** Starts, or continues after pause or stop with pending events at their relative times. */
  play(): void {
    if (this.stateValue === "playing") return;
    this.stepWanted = false;
    if (this.stateValue === "ended") return this.rewind(() => this.source.restart(), true);
    if (this.stateValue === "failed") {
      this.exhausted = false;
      this.anchor = undefined;
    }
    if (this.anchor) this.anchor.clock += this.clock.now() - this.pausedAt;
    this.stateValue = "playing";
    for (const pulled of this.pending) this.send(pulled, this.due(pulled));
    this.tick();
  }

  /** Delivery stops at once; what was pulled is kept for `play`. */
  pause(): void {
    if (this.stateValue !== "playing") return;
    const now = this.clock.now();
    this.halt(now);
    if (this.stateValue !== "playing") return;
    this.stateValue = "paused";
    this.pausedAt = now;
  }

  /** Like pause, and every note is silenced on every channel used; `play` continues the term. */
  stop(): void {
    const now = this.clock.now();
    if (this.stateValue === "playing") {
      this.halt(now);
      this.pausedAt = now;
    }
    this.silence(now);
    if (this.stateValue === "playing" || this.stateValue === "paused") this.stateValue = "stopped";
  }

  /** The term becomes `main` again; playing goes on from its start. */
  restart(): void {
    this.rewind(() => this.source.restart(), this.stateValue === "playing");
  }

  /** The source's term was replaced (e.g. "play term"): drops what was pulled ahead and goes on from the new term. */
  jump(): void {
    this.rewind(() => {}, this.stateValue === "playing");
  }

  /**
   * Single step, when not playing: the next element's events leave now; returns the step
   * (undefined when the source is still computing it: it leaves once it is ready).
   */
  step(): ElementStep | undefined {
    if (this.stateValue === "playing" || this.stateValue === "ended") return undefined;
    if (this.stateValue === "failed") this.exhausted = false;
    const next = this.pending.shift() ?? this.ahead.shift() ?? this.pull();
    this.stepWanted = next === undefined;
    if (next === undefined) return undefined;
    const now = this.clock.now();
    this.anchor = { clock: now, time: next.step.time, index: next.index };
    this.pausedAt = now;
    this.stateValue = "paused";
    this.send(next, now);
    if (next.step.kind !== "element") this.finish(next.step);
    return next.step;
  }

  /** Changes the mode; what is pending is retimed from the first pending step on. */
  setMode(mode: Mode): void {
    const playing = this.stateValue === "playing";
    if (playing) this.halt(this.clock.now());
    const first = this.pending[0] ?? this.ahead[0];
    this.anchor = first && this.anchor ? { clock: this.due(first), time: first.step.time, index: first.index } : undefined;
    this.modeValue = Scheduler.checkedMode(mode);
    if (playing && this.stateValue === "playing") {
      for (const pulled of this.pending) this.send(pulled, this.due(pulled));
      this.tick();
    }
  }

  /** Changes how far ahead steps are pulled (clamped to 10 ms .. 1 s); due times do not change. */
  setLatency(latency: number): void {
    this.latencyValue = clamp(latency, latencyRange);
    if (this.stateValue === "playing") this.tick();
  }

  private static checkedMode(mode: Mode): Mode {
    return mode.kind === "slow" ? { kind: "slow", pause: clamp(mode.pause, slowPauseRange) } : mode;
  }

  /** One turn: hands over everything due within the look-ahead, then sleeps until the next pull. */
  private tick(): void {
    this.timer.cancel(this.wakeHandle);
    const now = this.clock.now();
    this.advance(now);
    if (this.stateValue !== "playing") return;
    if (!this.anchor && !this.warmUp()) return;
    const horizon = this.clock.now() + this.latencyValue;
    for (let count = 0; ; count++) {
      if (count === stepsPerTurn) return this.wake(0);
      if (this.ahead.length === 0) {
        if (this.exhausted || this.frontier() > horizon) break;
        const pulled = this.pull();
        if (pulled === undefined) return;
        this.ahead.push(pulled);
      }
      const next = this.ahead[0];
      const due = this.due(next);
      if (due > horizon) break;
      this.ahead.shift();
      this.pending.push(next);
      this.send(next, due);
    }
    const later = this.ahead[0];
    const last = this.pending.at(-1);
    if (later) this.wake(this.due(later) - this.latencyValue - this.clock.now());
    else if (!this.exhausted && this.frontier() !== -Infinity) this.wake(this.frontier() - this.latencyValue - this.clock.now());
    else if (last) this.wake(this.due(last) - this.clock.now());
  }

  /**
   * Starting (or after a restart or jump): pulls the first look-ahead's worth of steps before
   * pinning the timeline to the clock, so the song's first, slowest computations are not late.
   * False while the source computes a step: it goes on when the source is ready.
   */
  private warmUp(): boolean {
    if (this.ahead.length === 0) {
      const first = this.pull();
      if (first === undefined) return false;
      this.ahead.push(first);
    }
    const first = this.ahead[0];
    const anchor = { clock: 0, time: first.step.time, index: first.index };
    while (!this.exhausted && this.ahead.length < stepsPerTurn && this.offset(anchor, this.ahead.at(-1)!) + this.waitAfter(this.ahead.at(-1)!) <= this.latencyValue) {
      const pulled = this.pull();
      if (pulled === undefined) return false;
      this.ahead.push(pulled);
    }
    this.anchor = { ...anchor, clock: this.clock.now() + this.latencyValue };
    return true;
  }

  /** The source has the step it was computing. */
  private ready(): void {
    if (this.stateValue === "playing") this.tick();
    else if (this.stepWanted) this.step();
  }

  private wake(delay: number): void {
    this.wakeHandle = this.timer.start(() => this.tick(), delay);
  }

  /**
   * In real time, when the next step is due at the earliest: after the last pulled element and its
   * Wait. The step after a long Wait is computed only once it is within the look-ahead, so an edit
   * made during the Wait is heard. -Infinity when unknown (nothing pulled, or another mode).
   */
  private frontier(): number {
    const last = this.lastPulled;
    if (!last || !this.anchor || last.step.kind !== "element" || this.modeValue.kind !== "realtime") return -Infinity;
    return this.due(last) + this.waitAfter(last);
  }

  /** The time a pulled element moves the song on by, in real time (other modes pace by count). */
  private waitAfter(pulled: Pulled): number {
    return pulled.step.kind === "element" && this.modeValue.kind === "realtime" ? pulled.step.wait ?? 0 : 0;
  }

  /** The next step of the source, or undefined while it is computing it. */
  private pull(): Pulled | undefined {
    let step: ElementStep;
    try {
      const next = this.source.next();
      if (next === PENDING) return undefined;
      step = this.checker.check(next);
    } catch (problem) {
      const message = problem instanceof Error ? problem.message : String(problem);
      step = { kind: "error", time: (this.ahead.at(-1) ?? this.pending.at(-1))?.step.time ?? 0, message: `error: ${message}` };
    }
    if (step.kind !== "element") this.exhausted = true;
    this.lastPulled = { step, index: this.pulled++ };
    return this.lastPulled;
  }

  /** How long after the anchor's step a step comes: its song time, or its count of pauses. */
  private offset(anchor: Anchor, pulled: Pulled): number {
    return this.modeValue.kind === "realtime" ? pulled.step.time - anchor.time : (pulled.index - anchor.index) * this.modeValue.pause;
  }

  private due(pulled: Pulled): number {
    return this.anchor!.clock + this.offset(this.anchor!, pulled);
  }

  /** Hands a step to the sinks: an element's events, or silence for the song's end or error. */
  private send(pulled: Pulled, due: number): void {
    const step = pulled.step;
    this.songTime = step.time;
    if (step.kind !== "element") return this.deliver(this.tracker.silence(step.time), due);
    for (const event of step.events) this.tracker.note(event);
    this.deliver(step.events, due);
    this.listener.element?.({ step, due });
  }

  private deliver(events: readonly TimedEvent[], due: number): void {
    for (const event of events) {
      for (const sink of this.sinks) sink.deliver({ due, event });
    }
  }

  /** Forgets what is due by `now`; reaching the end or an error finishes the song. */
  private advance(now: number): void {
    while (this.pending.length > 0 && this.due(this.pending[0]) <= now) {
      const step = this.pending.shift()!.step;
      if (step.kind !== "element") this.finish(step);
    }
  }

  private finish(step: Exclude<ElementStep, Element>): void {
    this.timer.cancel(this.wakeHandle);
    this.tracker.forget();
    this.pending = [];
    this.ahead = [];
    this.stateValue = step.kind === "end" ? "ended" : "failed";
    if (step.kind === "end") this.listener.ended?.();
    else this.listener.failed?.(step.message);
  }

  /** Stops delivery at `now`: the sinks drop what is not yet due; pending steps stay for `play`. */
  private halt(now: number): void {
    this.timer.cancel(this.wakeHandle);
    this.advance(now);
    for (const sink of this.sinks) sink.cancel(now);
    this.tracker.undo(this.pending.flatMap((pulled) => (pulled.step.kind === "element" ? pulled.step.events : [])));
  }

  /** Note-offs for what sounds now and All Notes Off on every channel used, due at once. */
  private silence(now: number): void {
    const events = this.tracker.silence(this.songTime);
    for (const event of events) this.tracker.note(event);
    this.deliver(events, now);
  }

  private rewind(change: () => void, playing: boolean): void {
    const now = this.clock.now();
    if (this.stateValue === "playing") this.halt(now);
    this.silence(now);
    this.pending = [];
    this.ahead = [];
    this.exhausted = false;
    this.anchor = undefined;
    this.lastPulled = undefined;
    this.stepWanted = false;
    this.checker.reset();
    change();
    this.stateValue = playing ? "playing" : "stopped";
    if (playing) this.tick();
  }
}
