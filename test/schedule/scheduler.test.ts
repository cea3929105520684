// The scheduler on a virtual clock: exact due times, no drift over hours, the transport,
// slow motion and single step, latency changes, the rate limit and out-of-range values, and
// songs computed elsewhere (a source that answers later).

import assert from "node:assert/strict";
import { test } from "node:test";
import type { ElementStep } from "../../src/events/index.ts";
import { PENDING, Scheduler, VirtualClock, type DeferredSource, type Pending, type Problem, type SchedulerOptions } from "../../src/schedule/index.ts";
import { element, event, FunctionSource, listSource, melody, note, songSpan, summarize, TimedSink } from "../support/songs.ts";

function setup(source: DeferredSource, options: Partial<SchedulerOptions> = {}, clock = new VirtualClock(1000)) {
  const sink = new TimedSink(() => clock.now());
  const outcome = { ended: 0, failed: [] as string[], problems: [] as Problem[] };
  const scheduler = new Scheduler({
    source,
    clock,
    timer: clock,
    sinks: [sink],
    listener: {
      ended: () => outcome.ended++,
      failed: (message) => outcome.failed.push(message),
      problem: (problem) => outcome.problems.push(problem),
    },
    ...options,
  });
  return { scheduler, clock, sink, outcome };
}

test("due times are the start plus the exact song time, handed over within the look-ahead", () => {
  const { scheduler, clock, sink, outcome } = setup(listSource(melody([60, 62, 64], 250)));
  scheduler.play();
  clock.advance(2000);
  assert.deepEqual(summarize(sink.sent()), [
    "1100 ch0 noteOn 60", "1350 ch0 noteOff 60", "1350 ch0 noteOn 62", "1600 ch0 noteOff 62",
    "1600 ch0 noteOn 64", "1850 ch0 noteOff 64", "1850 ch0 control 123 0",
  ]);
  for (const sent of sink.handed) assert.ok(sent.handed <= sent.due && sent.handed >= sent.due - 100);
  assert.deepEqual(sink.handed[0].event.spans, [songSpan]);
  assert.equal(scheduler.state, "ended");
  assert.equal(outcome.ended, 1);
});

test("the first look-ahead is computed before the timeline is pinned, so a slow start is not late", () => {
  const clock = new VirtualClock(1000);
  const source = new FunctionSource((index) => {
    if (index < 6) clock.advance(30); // the first elements are slow to compute
    return index < 20 ? element(index * 20, event(index * 20, { type: "noteOn", pitch: 60, velocity: 64 })) : { kind: "end", time: 400 };
  });
  const { scheduler, sink } = setup(source, {}, clock);
  scheduler.play();
  clock.advance(1000);
  assert.equal(sink.handed[0].due, 1280);
  for (const sent of sink.handed) assert.ok(sent.handed <= sent.due, `handed ${sent.handed - sent.due} ms late`);
});

test("no drift over 10 hours of music, even with late timers", () => {
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const clock = new VirtualClock(5000, () => random() * 20);
  const period = 1000 / 3;
  const hours = 10 * 3600 * 1000;
  const source = new FunctionSource((index) =>
    index * period >= hours
      ? { kind: "end", time: index * period }
      : element(index * period, event(index * period, { type: "noteOn", pitch: 60 + (index % 12), velocity: 64 })),
  );
  const { scheduler, sink } = setup(source, {}, clock);
  scheduler.play();
  clock.advance(hours + 1000);
  const noteOns = sink.sent().filter((delivery) => delivery.event.message.type === "noteOn");
  assert.equal(noteOns.length, 108_000);
  noteOns.forEach((delivery, index) => assert.equal(delivery.due, 5100 + index * period));
  assert.ok(sink.handed.every((delivery) => delivery.handed <= delivery.due));
  assert.equal(scheduler.state, "ended");
});

test("pause keeps pending events; play sends them at the right relative times", () => {
  const { scheduler, clock, sink } = setup(listSource(melody([60, 62, 64, 65], 500)));
  scheduler.play(); // anchored at 1100
  clock.advanceTo(1700); // 60 on/off and 62 on have left; 62 off (due 2100) is pending
  scheduler.pause();
  assert.equal(scheduler.state, "paused");
  clock.advance(10_000);
  assert.equal(sink.sent().length, 3);
  scheduler.play(); // at 11700: everything after 1700 shifts by 10000
  clock.advance(5000);
  assert.deepEqual(summarize(sink.sent()).slice(3), [
    "12100 ch0 noteOff 62", "12100 ch0 noteOn 64", "12600 ch0 noteOff 64", "12600 ch0 noteOn 65",
    "13100 ch0 noteOff 65", "13100 ch0 control 123 0",
  ]);
});

test("stop silences every channel used and keeps the term; play continues it", () => {
  const steps = [
    element(0, event(0, { type: "noteOn", pitch: 60, velocity: 64 })),
    element(0, event(0, { type: "noteOn", pitch: 48, velocity: 64 }, 9)),
    ...note(0, 60, 1000).slice(1),
    ...note(1000, 62, 500),
    { kind: "end" as const, time: 1500 },
  ];
  const { scheduler, clock, sink } = setup(listSource(steps));
  scheduler.play();
  clock.advanceTo(1500);
  scheduler.stop();
  assert.equal(scheduler.state, "stopped");
  clock.advance(1);
  assert.deepEqual(summarize(sink.sent()), [
    "1100 ch0 noteOn 60", "1100 ch9 noteOn 48",
    "1500 ch0 noteOff 60", "1500 ch9 noteOff 48", "1500 ch0 control 123 0", "1500 ch9 control 123 0",
  ]);
  clock.advanceTo(3000);
  scheduler.play();
  clock.advance(3000);
  assert.deepEqual(summarize(sink.sent()).slice(6, 8), ["3600 ch0 noteOff 60", "3600 ch0 noteOn 62"]);
});

test("restart silences, starts the term from main and plays it from now", () => {
  const source = listSource(melody([60, 62], 500));
  const { scheduler, clock, sink } = setup(source);
  scheduler.play();
  clock.advanceTo(1300);
  scheduler.restart();
  clock.advanceTo(2000);
  assert.equal(source.restarts, 1);
  assert.deepEqual(summarize(sink.sent()), ["1100 ch0 noteOn 60", "1300 ch0 noteOff 60", "1300 ch0 control 123 0", "1400 ch0 noteOn 60", "1900 ch0 noteOff 60", "1900 ch0 noteOn 62"]);
});

test("jump drops what was pulled ahead, silences, and plays the source's new term", () => {
  let term = melody([60, 62, 64], 100);
  let position = 0;
  const source = new FunctionSource(() => term[Math.min(position++, term.length - 1)]);
  const { scheduler, clock, sink } = setup(source, { latency: 200 });
  scheduler.play(); // anchored at 1200: 60 on, 62 on at 1300, 64 on at 1400, all handed over early
  clock.advanceTo(1250);
  term = melody([72], 100).map((step) => ({ ...step, time: step.time + 5000 }));
  position = 0;
  scheduler.jump(); // "play term": the source goes on with a new term (at song time 5000)
  clock.advanceTo(2000);
  assert.equal(source.restarts, 0);
  assert.deepEqual(summarize(sink.sent()), [
    "1200 ch0 noteOn 60", "1250 ch0 noteOff 60", "1250 ch0 control 123 0",
    "1450 ch0 noteOn 72", "1550 ch0 noteOff 72", "1550 ch0 control 123 0",
  ]);
});

test("slow motion ignores Waits and takes a fixed pause per element", () => {
  const { scheduler, clock, sink } = setup(listSource(melody([60, 62], 1000)), { mode: { kind: "slow", pause: 300 } });
  scheduler.play();
  clock.advance(5000);
  // On 60, Wait 1000, Off 60, On 62, Wait 1000, Off 62, end: one pause each
  assert.deepEqual(summarize(sink.sent()), ["1100 ch0 noteOn 60", "1700 ch0 noteOff 60", "2000 ch0 noteOn 62", "2600 ch0 noteOff 62", "2900 ch0 control 123 0"]);
  assert.equal(scheduler.mode.kind, "slow");
  scheduler.setMode({ kind: "slow", pause: 50_000 });
  assert.deepEqual(scheduler.mode, { kind: "slow", pause: 2000 });
});

test("switching modes while playing retimes from the first step not yet due, which keeps its time", () => {
  const { scheduler, clock, sink } = setup(listSource(melody([60, 62, 64], 1000)));
  scheduler.play();
  clock.advanceTo(1200);
  scheduler.setMode({ kind: "slow", pause: 100 });
  clock.advance(3000);
  assert.deepEqual(summarize(sink.sent()), [
    "1100 ch0 noteOn 60", "2100 ch0 noteOff 60", "2200 ch0 noteOn 62", "2400 ch0 noteOff 62",
    "2500 ch0 noteOn 64", "2700 ch0 noteOff 64", "2800 ch0 control 123 0",
  ]);
  scheduler.setMode({ kind: "realtime" });
  scheduler.play(); // at 4200, after the end: from main again, in real time
  clock.advance(4000);
  assert.deepEqual(summarize(sink.sent()).slice(-7), [
    "4300 ch0 noteOn 60", "5300 ch0 noteOff 60", "5300 ch0 noteOn 62", "6300 ch0 noteOff 62",
    "6300 ch0 noteOn 64", "7300 ch0 noteOff 64", "7300 ch0 control 123 0",
  ]);
});

test("single step sends the next element now and play continues from it", () => {
  const { scheduler, clock, sink } = setup(listSource(melody([60, 62], 500)));
  const first = scheduler.step();
  assert.equal(first?.kind, "element");
  clock.advance(100);
  const second = scheduler.step(); // the Wait
  assert.equal(second?.kind === "element" && second.events.length, 0);
  clock.advance(100);
  scheduler.step();
  assert.deepEqual(summarize(sink.sent()), ["1000 ch0 noteOn 60", "1200 ch0 noteOff 60"]);
  assert.equal(scheduler.state, "paused");
  clock.advance(1000); // play: the next element (62 on, at the same song time as the off) leaves at once
  scheduler.play();
  clock.advance(2000);
  assert.deepEqual(summarize(sink.sent()).slice(2), ["2200 ch0 noteOn 62", "2700 ch0 noteOff 62", "2700 ch0 control 123 0"]);
  assert.equal(scheduler.step(), undefined);
});

test("a latency change moves the look-ahead, never the due times", () => {
  const { scheduler, clock, sink } = setup(new FunctionSource((index) => element(index * 100, event(index * 100, { type: "noteOn", pitch: 60, velocity: 1 }))));
  scheduler.play();
  clock.advanceTo(1500);
  assert.equal(sink.handed.at(-1)!.due, 1600);
  scheduler.setLatency(500);
  assert.equal(sink.handed.at(-1)!.due, 2000);
  scheduler.setLatency(1);
  assert.equal(scheduler.latency, 10);
  clock.advanceTo(3000);
  assert.equal(sink.handed.at(-1)!.due, 3000);
  assert.ok(sink.handed.every((sent, index) => sent.due === 1100 + index * 100));
});

test("a song flooding events is stopped with a clear error", () => {
  const source = new FunctionSource((index) => element(index < 5 ? index * 100 : 500, event(500, { type: "noteOn", pitch: 60, velocity: 64 })));
  const { scheduler, clock, sink, outcome } = setup(source);
  scheduler.play();
  clock.advance(2000);
  assert.equal(scheduler.state, "failed");
  assert.match(outcome.failed[0], /more than 2000 events in one second of music \(at 0\.500 s\)/);
  const sent = sink.sent();
  assert.ok(sent.length <= 2002, `${sent.length} messages sent`);
  assert.deepEqual(summarize(sent.slice(-2)), ["1600 ch0 noteOff 60", "1600 ch0 control 123 0"]);
});

test("a loop of empty elements is stopped too", () => {
  const { scheduler, clock, outcome } = setup(new FunctionSource(() => element(0)));
  scheduler.play();
  clock.advance(1000);
  assert.equal(scheduler.state, "failed");
  assert.match(outcome.failed[0], /more than 20000 elements/);
});

test("out-of-range values are reported with their spans and skipped", () => {
  const steps = [
    element(0, event(0, { type: "noteOn", pitch: 200, velocity: 64 })),
    element(0, event(0, { type: "noteOn", pitch: 60, velocity: 0 })),
    element(0, event(0, { type: "control", controller: 7, value: 128 })),
    element(0, event(0, { type: "noteOn", pitch: 61, velocity: 64 }, 16)),
    element(0, event(0, { type: "noteOn", pitch: 62, velocity: 64 })),
    { kind: "end" as const, time: 10 },
  ];
  const { scheduler, clock, sink, outcome } = setup(listSource(steps));
  scheduler.play();
  clock.advance(1000);
  assert.deepEqual(outcome.problems.map((problem) => problem.message), [
    "pitch 200 is outside 0–127; event skipped",
    "velocity 0 is outside 1–127; event skipped",
    "controller value 128 is outside 0–127; event skipped",
    "MIDI channel 16 is outside 0–15; event skipped",
  ]);
  assert.equal(outcome.problems[0].spans[0].file, "song.hs");
  assert.deepEqual(summarize(sink.sent()), ["1100 ch0 noteOn 62", "1110 ch0 noteOff 62", "1110 ch0 control 123 0"]);
});

test("a runtime error stops the song at its time, silenced", () => {
  const steps = [...note(0, 60, 400), { kind: "error" as const, time: 200, message: "song.hs:3:1: error: boom" }];
  const { scheduler, clock, sink, outcome } = setup(listSource(steps.filter((step) => step.time <= 200)));
  scheduler.play();
  clock.advance(1000);
  assert.deepEqual(outcome.failed, ["song.hs:3:1: error: boom"]);
  assert.deepEqual(summarize(sink.sent()), ["1100 ch0 noteOn 60", "1300 ch0 noteOff 60", "1300 ch0 control 123 0"]);
});

test("a source that throws fails the song instead of crashing", () => {
  const { scheduler, clock, outcome } = setup(new FunctionSource(() => { throw new Error("bug"); }));
  scheduler.play();
  clock.advance(1000);
  assert.deepEqual(outcome.failed, ["error: bug"]);
});

test("play after the end starts again from main", () => {
  const source = listSource(melody([60], 100));
  const { scheduler, clock, sink, outcome } = setup(source);
  scheduler.play();
  clock.advance(1000);
  scheduler.play();
  clock.advance(1000);
  assert.equal(outcome.ended, 2);
  assert.equal(source.restarts, 1);
  assert.equal(sink.sent().filter((sent) => sent.event.message.type === "noteOn").length, 2);
});

test("the element after a long Wait is computed only when it comes within the look-ahead", () => {
  const pulledAt: number[] = [];
  let clock: VirtualClock | undefined;
  const source = new FunctionSource((index) => {
    pulledAt.push(clock!.now());
    if (index === 0) return { ...element(0, event(0, { type: "noteOn", pitch: 60, velocity: 64 })) };
    if (index === 1) return { ...element(0), wait: 2000 };
    if (index === 2) return element(2000, event(2000, { type: "noteOff", pitch: 60, velocity: 64 }));
    return { kind: "end", time: 2000 };
  });
  const setUp = setup(source);
  clock = setUp.clock;
  setUp.scheduler.play();
  setUp.clock.advance(3000);
  assert.equal(pulledAt[2], 1100 + 2000 - 100, "pulled one latency before it is due, not right after the Wait");
  assert.deepEqual(summarize(setUp.sink.sent()).slice(0, 2), ["1100 ch0 noteOn 60", "3100 ch0 noteOff 60"]);
});

/** `steps`, each computed `delay` ms after it is asked for (as a song in a worker answers). */
class LaterSource implements DeferredSource {
  pulls = 0;
  private index = 0;
  private computed: ElementStep | undefined;
  private computing = false;
  private ready: () => void = () => {};

  constructor(private readonly steps: readonly ElementStep[], private readonly clock: VirtualClock, private readonly delay: number) {}

  next(): ElementStep | Pending {
    const step = this.computed;
    if (step !== undefined) {
      this.computed = undefined;
      this.pulls++;
      return step;
    }
    if (!this.computing) {
      this.computing = true;
      this.clock.start(() => {
        this.computing = false;
        this.computed = this.steps[Math.min(this.index++, this.steps.length - 1)];
        this.ready();
      }, this.delay);
    }
    return PENDING;
  }

  restart(): void {
    this.index = 0;
    this.computed = undefined;
  }

  listen(ready: () => void): void {
    this.ready = ready;
  }
}

test("a song that answers later plays at the same due times once its first look-ahead is computed, nothing late", () => {
  const steps = melody([60, 62, 64, 65], 250);
  const now = setup(listSource(steps));
  now.scheduler.play();
  now.clock.advance(3000);
  const clock = new VirtualClock(1000);
  const later = setup(new LaterSource(steps, clock, 5), {}, clock);
  later.scheduler.play();
  clock.advance(3000);
  // The timeline is pinned after the first look-ahead's three steps are computed (3 × 5 ms).
  assert.deepEqual(summarize(later.sink.sent()), summarize(now.sink.sent().map((sent) => ({ ...sent, due: sent.due + 15 }))));
  for (const sent of later.sink.handed) assert.ok(sent.handed <= sent.due, `handed ${sent.handed - sent.due} ms late`);
  assert.equal(later.scheduler.state, "ended");
});

test("a single step asked for while the song computes it leaves once it is ready", () => {
  const clock = new VirtualClock(1000);
  const source = new LaterSource(melody([60, 62], 250), clock, 5);
  const { scheduler, sink } = setup(source, {}, clock);
  assert.equal(scheduler.step(), undefined);
  assert.equal(sink.handed.length, 0);
  clock.advance(5);
  assert.deepEqual(summarize(sink.sent()), ["1005 ch0 noteOn 60"]);
  assert.equal(source.pulls, 1);
});
