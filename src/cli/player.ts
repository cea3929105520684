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

/** Plays until the song ends (or fails, or Ctrl-C); resolves with the exit code. */
export async function playSong(song: LiveSong, options: PlayOptions): Promise<number> {
  const clock = monotonicClock;
  const status = process.stdout.isTTY ? new StatusLines(process.stdout) : undefined;
  const print = (text: string) => (status ? status.print(text) : process.stderr.write(text + "\n"));
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const sinks: Sink[] = [];
  let timed: TimedOutput | undefined;
  if (options.midi || options.record) {
    try {
      timed = await TimedOutput.start({ midi: options.midi, record: options.record, origin: clock.now(), onError: (message) => {
        print(`refrain: ${message}`);
        finish(1);
      } });
    } catch (error) {
      process.stderr.write(`refrain: ${(error as Error).message}\n`);
      return 1;
    }
    sinks.push(timed);
  }
  const osc = options.osc ? new OscSink(options.osc, clock, (message) => print(`refrain: ${message}`)) : undefined;
  if (osc) sinks.push(osc);

  const problems = new ProblemReporter(song, print);
  const recent: Scheduled[] = [];
  const sayings: { due: number; text: string }[] = [];
  const scheduler = new Scheduler({
    source: options.seconds === undefined ? song : cutAt(song, options.seconds * 1000),
    clock,
    timer: timeoutTimer,
    sinks,
    latency: options.latency,
    listener: {
      element: (scheduled) => {
        recent.push(scheduled);
        if (recent.length > recentKept) recent.shift();
        for (const event of scheduled.step.events) {
          if (event.message.type === "say") sayings.push({ due: scheduled.due, text: event.message.text });
        }
      },
      problem: (problem) => problems.report(problem),
      ended: () => (options.watch ? print("refrain: the song ended; save a module to play it again (Ctrl-C to quit)") : finish(0)),
      failed: (message) => {
        print(message);
        if (options.watch) print("refrain: stopped; fix the song and save to go on (Ctrl-C to quit)");
        else finish(1);
      },
    },
  });

  const display = () => {
    const now = clock.now();
    while (sayings.length > 0 && sayings[0].due <= now) print(sayings.shift()!.text);
    if (!status) return;
    const sounded = recent.filter((scheduled) => scheduled.due <= now);
    const time = sounded.at(-1)?.step.time ?? 0;
    const events = sounded.flatMap(({ step }) => step.events.map((event) => describe(event.channel, event.message)));
    status.draw([
      `${scheduler.state} ${formatSongTime(time)} · latency ${scheduler.latency} ms · ${outputNames(options)}`,
      `events: ${events.slice(-8).join("  ")}`,
      `term: ${song.currentTerm()}`,
    ]);
  };
  const displayTimer = setInterval(display, displayPeriod);

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
  display();
  status?.clear();
  await timed?.close();
  await osc?.close();
  const summary = problems.summary();
  if (summary) process.stderr.write(summary + "\n");
  return code;
}
