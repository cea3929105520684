// The live studio on the server: one song, its transport and the browsers connected to it.
// Requests from participants become edits and transport commands; results go out to everyone.

import type { Diagnostic } from "../text/index.ts";
import { hasErrors } from "../text/index.ts";
import { Playback } from "./playback.ts";
import type { ClientMessage, ModuleState, Problem, ServerMessage } from "./protocol.ts";
import type { Song } from "./song.ts";
import { DisplayFeed } from "./display-feed.ts";

/** A connected browser. Issue 6 narrows what a participant may do; for now everyone conducts. */
export interface Participant {
  send(data: string): void;
  mayEdit(module: string): boolean;
  mayConduct(): boolean;
}

export interface StudioOptions {
  /** The song's name as shown in the studio. */
  readonly title: string;
  /** Writes an applied module to its file. */
  readonly save: (file: string, text: string) => Promise<void>;
}

export class Studio {
  private readonly participants = new Set<Participant>();
  private readonly versions = new Map<string, number>();
  private readonly playback: Playback;
  private readonly files: Set<string>;
  private readonly display: DisplayFeed;
  private readonly now = () => performance.now();

  constructor(private readonly song: Song, private readonly options: StudioOptions) {
    this.files = new Set(song.modules().map((module) => module.file));
    for (const module of song.modules()) this.versions.set(module.name, 0);
    this.display = new DisplayFeed(song, (message) => this.broadcast(message), () => this.participants.size > 0);
    this.playback = new Playback({
      song,
      files: this.files,
      publish: (message) => this.broadcast(message),
      progressed: () => this.display.changed(),
    });
  }

  join(participant: Participant): void {
    this.display.now();
    this.participants.add(participant);
    this.send(participant, {
      type: "welcome",
      song: this.options.title,
      modules: this.modules(),
      controls: this.display.controls(),
      transport: this.playback.status(),
      term: this.display.latestTerm(),
      serverTime: this.now(),
    });
  }

  leave(participant: Participant): void {
    this.participants.delete(participant);
  }

  close(): void {
    this.playback.dispose();
    this.display.dispose();
  }

  async handle(participant: Participant, message: ClientMessage): Promise<void> {
    if (message.type === "ping") {
      return this.send(participant, { type: "pong", id: message.id, sent: message.sent, server: this.now() });
    }
    if (message.type === "apply") return this.apply(participant, message.module, message.text, message.id);
    if (!participant.mayConduct()) return this.refuse(participant, "you may not change the playback");
    switch (message.type) {
      case "playTerm":
        return this.playTerm(participant, message.expression, message.id);
      case "transport":
        this.command(message.action);
        break;
      case "mode":
        this.playback.setMode(message.mode, message.slowStep);
        break;
      case "latency":
        this.playback.setLatency(message.milliseconds);
        break;
      case "next":
        this.playback.next(message.unit);
        this.display.now();
        break;
      case "control":
        return this.control(participant, message.name, message.value);
    }
    this.broadcast({ type: "transport", transport: this.playback.status() });
  }

  private async apply(participant: Participant, name: string, text: string, id?: number): Promise<void> {
    const module = this.song.modules().find((candidate) => candidate.name === name);
    if (!module) return this.refuse(participant, `unknown module "${name.slice(0, 80)}"`);
    if (!participant.mayEdit(name)) return this.refuse(participant, `you may not edit module ${name}`);
    const diagnostics = this.attempt(() => this.song.update(name, text));
    if (hasErrors(diagnostics)) {
      return this.send(participant, { type: "result", id, request: "apply", problems: this.problems(diagnostics) });
    }
    const version = (this.versions.get(name) ?? 0) + 1;
    this.versions.set(name, version);
    const state: ModuleState = { name, file: module.file, text, version };
    this.playback.flush();
    for (const other of this.participants) this.send(other, { type: "module", module: state, yours: other === participant });
    this.display.now();
    const problems = this.problems(diagnostics);
    await this.options.save(module.file, text).catch((failure: Error) => {
      problems.push({ severity: "warning", message: `applied, but not saved: ${failure.message}`, text: failure.message });
    });
    this.send(participant, { type: "result", id, request: "apply", problems });
  }

  private playTerm(participant: Participant, expression: string, id?: number): void {
    const diagnostics = this.attempt(() => this.song.playTerm(expression));
    if (!hasErrors(diagnostics)) this.playback.jump();
    this.send(participant, { type: "result", id, request: "playTerm", problems: this.problems(diagnostics) });
  }

  private command(action: "play" | "pause" | "stop" | "restart"): void {
    if (action === "play") this.playback.play();
    if (action === "pause") this.playback.pause();
    if (action === "stop") this.playback.stop();
    if (action === "restart") this.playback.restart();
  }

  private control(participant: Participant, name: string, value: number): void {
    const control = this.song.controls().find((candidate) => candidate.name === name);
    if (!control) return this.refuse(participant, `unknown control "${name.slice(0, 80)}"`);
    const clamped = control.kind === "checkBox" ? (value ? 1 : 0) : Math.min(control.high, Math.max(control.low, value));
    this.song.setControl(name, clamped);
    this.display.now();
  }

  /** A failing interpreter call becomes a diagnostic instead of taking the server down. */
  private attempt(action: () => Diagnostic[]): Diagnostic[] {
    try {
      return action();
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      const file = this.song.modules()[0]?.file ?? "";
      return [{ severity: "error", message, span: { file, start: 0, end: 0 } }];
    }
  }

  private problems(diagnostics: readonly Diagnostic[]): Problem[] {
    return diagnostics.map((diagnostic) => ({
      severity: diagnostic.severity,
      message: diagnostic.message,
      span: this.files.has(diagnostic.span.file) ? diagnostic.span : undefined,
      text: this.song.format(diagnostic),
    }));
  }

  private modules(): ModuleState[] {
    return this.song.modules().map((module) => ({ ...module, version: this.versions.get(module.name) ?? 0 }));
  }

  private refuse(participant: Participant, message: string): void {
    this.send(participant, { type: "refused", message });
  }

  private send(participant: Participant, message: ServerMessage): void {
    participant.send(JSON.stringify(message));
  }

  private broadcast(message: ServerMessage): void {
    if (message.type !== "timeline") this.playback.flush();
    const data = JSON.stringify(message);
    for (const participant of this.participants) participant.send(data);
  }
}
