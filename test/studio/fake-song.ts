// A tiny stand-in for the song worker, for studio tests: one module whose `melody` lists
// `note N` calls; `main = melody ++ main` re-reads the melody each lap, as the live term does.
// Its term shows the coming notes, as many as the depth asked for allows; it evaluates sums.
// It answers at once (its requests resolve in the next microtask) and never keeps a step pending.
// An applied edit is heard from the next lap of `main`.

import type { ElementStep, TimedEvent } from "../../src/events/index.ts";
import type { Evaluation, PrintedTerm, Reduction, Song, SongControl, SongModule, TermLimits } from "../../src/server/song.ts";
import type { TypeNote } from "../../src/types/index.ts";
import type { EditHearing } from "../../src/session/index.ts";
import { formatDiagnostic, Source, type Diagnostic, type Span } from "../../src/text/index.ts";

export const fakeSongText = `module Song where

import Midi

main = melody ++ main ;

melody = note 60 ++ note 64 ++ note 67 ++ note 72 ;

note p = [Event (On p volume), Wait 250, Event (Off p 64)] ;

volume = slider "volume" 0 127 90 ;
`;

interface Note {
  readonly pitch: number;
  readonly span: Span;
}

type Parsed = { readonly notes: Note[]; readonly failure?: Diagnostic } | { readonly diagnostic: Diagnostic };

export class FakeSong implements Song {
  private text: string;
  /** The text the latest diagnostics refer to. */
  private shown: string;
  private lap: Note[] = [];
  private index = 0;
  private part = 0;
  private time = 0;
  private reductions = 0;
  private once = false;
  private volume = 90;
  private accent = 0;
  private lastHearing: EditHearing | undefined;

  constructor(readonly file: string, text = fakeSongText) {
    this.text = text;
    this.shown = text;
  }

  modules(): SongModule[] {
    return [{ name: "Song", file: this.file, text: this.text }];
  }

  typeNotes(): TypeNote[] {
    return [];
  }

  next(): ElementStep {
    if (this.index >= this.lap.length) {
      if (this.once && this.lap.length > 0) return { kind: "end", time: this.time };
      const parsed = this.parse(this.text);
      const failure = "diagnostic" in parsed ? parsed.diagnostic : parsed.failure;
      if (failure) return { kind: "error", time: this.time, message: this.format(failure), span: failure.span };
      if ("diagnostic" in parsed) return { kind: "end", time: this.time };
      this.lap = parsed.notes;
      this.index = 0;
      if (this.lap.length === 0) return { kind: "end", time: this.time };
    }
    const note = this.lap[this.index];
    const time = this.time;
    const reduced = [note.span];
    const event = (message: TimedEvent["message"]): TimedEvent => ({ time, port: 0, channel: 0, message, spans: [note.span] });
    const part = this.part;
    this.part = (this.part + 1) % 3;
    if (part === 0) {
      const velocity = Math.min(127, this.volume + (this.accent ? 20 : 0));
      return { kind: "element", time, trace: `Event (Channel 0 (On ${note.pitch} ${velocity}))`, events: [event({ type: "noteOn", pitch: note.pitch, velocity })], reduced };
    }
    if (part === 1) {
      this.time += 250;
      return { kind: "element", time, trace: "Wait 250", events: [], reduced };
    }
    this.index++;
    return { kind: "element", time, trace: `Event (Channel 0 (Off ${note.pitch} 64))`, events: [event({ type: "noteOff", pitch: note.pitch, velocity: 64 })], reduced };
  }

  restart(): void {
    this.lap = [];
    this.index = 0;
    this.part = 0;
    this.time = 0;
    this.once = false;
  }

  async update(moduleName: string, text: string): Promise<Diagnostic[]> {
    if (moduleName !== "Song") return [{ severity: "error", span: { file: this.file, start: 0, end: 0 }, message: `no module ${moduleName}` }];
    const parsed = this.parse(text);
    this.shown = text;
    if ("diagnostic" in parsed) return [parsed.diagnostic];
    this.text = text;
    this.lastHearing = { reached: [], nextLap: [{ name: "melody", loop: "main" }], played: [], unused: [] };
    return [];
  }

  hearing(): EditHearing | undefined {
    return this.lastHearing;
  }

  async playTerm(expression: string): Promise<Diagnostic[]> {
    const pitches = [...expression.matchAll(/note (\d+)/g)].map((match) => Number(match[1]));
    if (pitches.length === 0) return [{ severity: "error", span: { file: this.file, start: 0, end: 0 }, message: "not a term of notes" }];
    this.lap = pitches.map((pitch) => ({ pitch, span: { file: this.file, start: 0, end: 0 } }));
    this.index = 0;
    this.part = 0;
    this.once = true;
    return [];
  }

  async stepReduction(): Promise<Reduction | ElementStep> {
    this.reductions = (this.reductions + 1) % 3;
    if (this.reductions === 0) return this.next();
    const note = this.lap[this.index] ?? (this.parse(this.text) as { notes: Note[] }).notes[0];
    const rule = this.text.indexOf("note p =");
    return {
      kind: "reduction",
      rule: this.reductions === 1 ? "melody" : "note",
      call: note.span,
      ruleSpan: { file: this.file, start: rule, end: rule + "note p".length },
      matched: [],
      term: this.termNow().text,
    };
  }

  async printedTerm(limits: Partial<TermLimits> = {}): Promise<PrintedTerm> {
    return this.termNow(limits);
  }

  async skipTo(time: number): Promise<void> {
    this.restart();
    while (this.time < time) this.next();
  }

  async close(): Promise<void> {}

  /** The rest of the lap, then laps of the melody: a note per two levels of depth, then `…`. */
  private termNow(limits: Partial<TermLimits> = {}): PrintedTerm {
    const parsed = this.parse(this.text);
    const shown = Math.floor((limits.depth ?? 14) / 2);
    const coming = this.lap.slice(this.index);
    while (coming.length <= shown && "notes" in parsed && parsed.notes.length > 0) coming.push(...parsed.notes);
    const notes = coming.slice(0, shown).map((note) => `note ${note.pitch}`);
    const text = [...notes, coming.length > shown ? "…" : "main"].join(" ++ ").slice(0, limits.length ?? 4000);
    return { text, focus: this.reductions > 0 ? { start: 0, end: text.indexOf(" ") } : undefined };
  }

  /** Sums of whole numbers; `error "..."` fails; anything else does not compile. */
  async evaluate(expression: string): Promise<Evaluation> {
    const failure = /error "([^"]*)"/.exec(expression);
    if (failure) return { error: `<expression>:1:1: error: ${failure[1]}` };
    const sum = /^\s*\(?\s*\d+(\s*\+\s*\d+)*\s*\)?\s*$/.test(expression);
    if (!sum) return { diagnostics: [{ severity: "error", span: { file: "<expression>", start: 0, end: 0 }, message: "not a sum" }] };
    return { value: String(expression.match(/\d+/g)!.reduce((total, number) => total + Number(number), 0)) };
  }

  format(diagnostic: Diagnostic): string {
    return formatDiagnostic(diagnostic, (file) => (file === this.file ? new Source(file, this.shown) : undefined));
  }

  controls(): SongControl[] {
    return [
      { name: "volume", kind: "slider", low: 0, high: 127, value: this.volume, initial: 90 },
      { name: "accent", kind: "checkBox", low: 0, high: 1, value: this.accent, initial: 0 },
    ];
  }

  setControl(name: string, value: number): void {
    if (name === "volume") this.volume = value;
    if (name === "accent") this.accent = value;
  }

  /** Checks brackets; `melody = ... ;` gives the notes; `error "..."` in it is a runtime error. */
  private parse(text: string): Parsed {
    const open: number[] = [];
    for (let offset = 0; offset < text.length; offset++) {
      const character = text[offset];
      if (character === "(" || character === "[") open.push(offset);
      if (character === ")" || character === "]") {
        if (open.length === 0) return this.error(offset, `parse error: unexpected '${character}'`);
        open.pop();
      }
    }
    if (open.length > 0) return this.error(open[open.length - 1], "parse error: this bracket is never closed");
    const melody = /^melody\s*=([^;]*);/m.exec(text);
    if (!melody) return this.error(0, "melody is not defined");
    const start = melody.index + melody[0].indexOf("=") + 1;
    const notes = [...melody[1].matchAll(/note (\d+)/g)].map((match) => ({
      pitch: Number(match[1]),
      span: { file: this.file, start: start + match.index!, end: start + match.index! + match[0].length },
    }));
    const failure = /error "([^"]*)"/.exec(melody[1]);
    if (!failure) return { notes };
    const span = { file: this.file, start: start + failure.index, end: start + failure.index + failure[0].length };
    return { notes, failure: { severity: "error", span, message: failure[1] } };
  }

  private error(offset: number, message: string): Parsed {
    return { diagnostic: { severity: "error", span: { file: this.file, start: offset, end: offset + 1 }, message } };
  }
}
