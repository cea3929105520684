// Playing a song live from the command line: the scheduler on the monotonic clock feeding the
// chosen outputs (MIDI port and record through the timing worker, OSC), Say texts and status on
// the terminal, live edits with --watch, and all-notes-off before leaving on Ctrl-C or an error.

import type { EventMessage } from "../events/index.ts";
import { cutAt, formatSongTime, Scheduler, timeoutTimer, type RestartableSource, type Scheduled, type Sink } from "../schedule/index.ts";
import type { MidiTarget } from "../sinks/midi-system.ts";
import { OscSink, type OscTarget } from "../sinks/osc-udp.ts";
import { TimedOutput } from "../sinks/timed-output.ts";
import { monotonicClock } from "../sinks/timing-queue.ts";
import { ProblemReporter, type ProblemSong } from "./problems.ts";
import { StatusLines } from "./status.ts";
import { watchModules, type EditableSong } from "./watch.ts";

/** What the player needs of a song (the session provides it). */
export interface LiveSong extends RestartableSource, EditableSong, ProblemSong {
  currentTerm(): string;
}

export interface PlayOptions {
  readonly midi?: MidiTarget;
  readonly osc?: OscTarget;
  readonly record?: string;
  readonly latency: number;
  readonly seconds?: number;
  readonly watch: boolean;
}

/** How often Say texts are printed and the status redrawn (ms). */
const displayPeriod = 50;
/** How often the current term is printed anew (printing it takes milliseconds). */
const termPeriod = 500;
const recentKept = 64;

function describe(channel: number, message: EventMessage): string {
  switch (message.type) {
    case "noteOn":
      return `${channel}:On ${message.pitch} ${message.velocity}`;
    case "noteOff":
      return `${channel}:Off ${message.pitch}`;
    case "program":
      return `${channel}:Pgm ${message.program}`;
    case "control":
      return `${channel}:Ctl ${message.controller} ${message.value}`;
    case "say":
      return `Say ${JSON.stringify(message.text)}`;
  }
}

function outputNames(options: PlayOptions): string {
  const names = [
    options.midi && ("virtual" in options.midi ? `virtual MIDI port ${options.midi.virtual}` : `MIDI port ${options.midi.port}`),
    options.osc && `OSC ${options.osc.host}:${options.osc.port}`,
    options.record && `record ${options.record}`,
  ];
  return names.filter(Boolean).join(", ");
}

interface Outputs {
  readonly sinks: Sink[];
  close(): Promise<void>;
}

/** Opens the chosen outputs; a string is why they could not be opened. */
async function openOutputs(options: PlayOptions, print: (text: string) => void, fail: () => void): Promise<Outputs | string> {
  let timed: TimedOutput | undefined;
  if (options.midi || options.record) {
    const onError = (message: string) => {
      print(`refrain: ${message}`);
      fail();
    };
    try {
      timed = await TimedOutput.start({ midi: options.midi, record: options.record, origin: monotonicClock.now(), onError });
    } catch (error) {
      return `refrain: ${(error as Error).message}`;
    }
  }
  const osc = options.osc ? new OscSink(options.osc, monotonicClock, (message) => print(`refrain: ${message}`)) : undefined;
  return {
    sinks: [timed, osc].filter((sink) => sink !== undefined),
    close: async () => {
      await timed?.close();
      await osc?.close();
    },
  };
}

/** What the terminal shows: Say texts when they are due, and on a TTY the status lines. */
class Display {
  private readonly recent: Scheduled[] = [];
  private readonly sayings: { due: number; text: string }[] = [];
  private term = "";
  private termPrinted = -Infinity;

  constructor(
    private readonly song: LiveSong,
    private readonly status: StatusLines | undefined,
    private readonly print: (text: string) => void,
    private readonly heading: () => string,
  ) {}

  element(scheduled: Scheduled): void {
    this.recent.push(scheduled);
    if (this.recent.length > recentKept) this.recent.shift();
    for (const event of scheduled.step.events) {
      if (event.message.type === "say") this.sayings.push({ due: scheduled.due, text: event.message.text });
    }
  }

  refresh(now: number): void {
    while (this.sayings.length > 0 && this.sayings[0].due <= now) this.print(this.sayings.shift()!.text);
    if (!this.status) return;
    const sounded = this.recent.filter((scheduled) => scheduled.due <= now);
    const time = sounded.at(-1)?.step.time ?? 0;
    const events = sounded.flatMap(({ step }) => step.events.map((event) => describe(event.channel, event.message)));
    if (now - this.termPrinted >= termPeriod) {
      this.term = this.song.currentTerm();
      this.termPrinted = now;
    }
    this.status.draw([`${this.heading()} ${formatSongTime(time)}`, `events: ${events.slice(-8).join("  ")}`, `term: ${this.term}`]);
  }
}

/** Plays until the song ends (or fails, or Ctrl-C); resolves with the exit code. */
export async function playSong(song: LiveSong, options: PlayOptions): Promise<number> {
  const status = process.stdout.isTTY ? new StatusLines(process.stdout) : undefined;
  const print = (text: string) => (status ? status.print(text) : process.stderr.write(text + "\n"));
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));
  const outputs = await openOutputs(options, print, () => finish(1));
  if (typeof outputs === "string") {
    process.stderr.write(outputs + "\n");
    return 1;
  }
  const problems = new ProblemReporter(song, print);
  const heading = () => `${scheduler.state} · latency ${scheduler.latency} ms · ${outputNames(options)} ·`;
  const display = new Display(song, status, print, heading);
  const scheduler = new Scheduler({
    source: options.seconds === undefined ? song : cutAt(song, options.seconds * 1000),
    clock: monotonicClock,
    timer: timeoutTimer,
    sinks: outputs.sinks,
    latency: options.latency,
    listener: {
      element: (scheduled) => display.element(scheduled),
      problem: (problem) => problems.report(problem),
      ended: () => (options.watch ? print("refrain: the song ended; save a module to play it again (Ctrl-C to quit)") : finish(0)),
      failed: (message) => {
        print(message);
        if (options.watch) print("refrain: stopped; fix the song and save to go on (Ctrl-C to quit)");
        else finish(1);
      },
    },
  });
  const displayTimer = setInterval(() => display.refresh(monotonicClock.now()), displayPeriod);
  const stopWatching = options.watch
    ? watchModules(song, (message, applied) => {
        print(message);
        if (applied && (scheduler.state === "ended" || scheduler.state === "failed")) scheduler.play();
      })
    : () => {};
  const interrupt = () => finish(130);
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);

  scheduler.play();
  const code = await finished;

  if (scheduler.state === "playing" || scheduler.state === "paused") scheduler.stop();
  process.off("SIGINT", interrupt);
  process.off("SIGTERM", interrupt);
  stopWatching();
  clearInterval(displayTimer);
  display.refresh(monotonicClock.now());
  status?.clear();
  await outputs.close();
  const summary = problems.summary();
  if (summary) process.stderr.write(summary + "\n");
  return code;
}
