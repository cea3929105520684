// The live studio on the server: one song, its transport and the browsers connected to it.
// Requests from the conductor and the participants become edits (through the edit desk) and
// transport commands; results go out to everyone, the history and invitations to conductors.

import type { Access, Role } from "../collab/access.ts";
import type { Author, DeskListener, EditDesk, Submission, Verdict } from "../collab/edit-desk.ts";
import type { HistoryEntry } from "../collab/history.ts";
import { splitModule } from "../collab/marker.ts";
import type { Diagnostic, Span } from "../text/index.ts";
import type { ErrorStep } from "../events/index.ts";
import { hasErrors } from "../text/index.ts";
import { DisplayFeed } from "./display-feed.ts";
import { Playback } from "./playback.ts";
import { limits, type ClientMessage, type EntrySummary, type ModuleState, type Problem, type RoleState, type ServerMessage } from "./protocol.ts";
import type { PathHider } from "./public-paths.ts";
import type { Song } from "./song.ts";
import { describeHearing, heardFromHere } from "./hearing-words.ts";

/** A connected browser, with the role its link's token granted when it connected. */
export interface Participant {
  send(data: string): void;
  readonly role: Role;
  /** Ends the connection (its invitation was revoked). */
  close(reason: string): void;
}

export interface StudioOptions {
  /** The song's name as shown in the studio. */
  readonly title: string;
  readonly access: Access;
  /** Opens the edit desk; the studio listens to it. */
  readonly desk: (listener: DeskListener) => Promise<EditDesk>;
  /** The participant page's address for a token (for invitation links and QR codes). */
  readonly link: (token: string) => string;
  /** Hides the server's own paths in every message sent. */
  readonly hide: PathHider;
}


function summary({ text: _text, ...entry }: HistoryEntry): EntrySummary {
  return entry;
}

export class Studio {
  private readonly participants = new Set<Participant>();
  private readonly playback: Playback;
  private readonly files: Set<string>;
  private readonly display: DisplayFeed<Participant>;
  private readonly now = () => performance.now();
  private desk!: EditDesk;

  private constructor(private readonly song: Song, private readonly options: StudioOptions) {
    this.files = new Set(song.modules().map((module) => module.file));
    this.display = new DisplayFeed<Participant>(song, (message, viewers) => this.deliver(message, viewers), () => this.participants);
    this.playback = new Playback({
      song,
      files: this.files,
      publish: (message) => this.broadcast(message),
      progressed: () => this.display.changed(),
      failed: (failure) => void this.rollBack(failure),
    });
  }

  static async open(song: Song, options: StudioOptions): Promise<Studio> {
    const studio = new Studio(song, options);
    studio.desk = await options.desk({
      applied: (entry, origin) => studio.applied(entry, origin),
      recorded: (entry) => studio.toConductors({ type: "recorded", entry: summary(entry) }),
      unsaved: (module, problem) => studio.broadcast({ type: "unsaved", module, message: problem }),
    });
    return studio;
  }

  /** The module's current version (counting from 0 when it was first opened). */
  version(module: string): number {
    return this.desk.version(module);
  }

  join(participant: Participant): void {
    this.participants.add(participant);
    this.send(participant, {
      type: "welcome",
      song: this.options.title,
      modules: this.modules(),
      controls: this.display.controls(),
      transport: this.playback.status(),
      term: this.display.welcome(participant),
      serverTime: this.now(),
      role: this.roleState(participant.role),
      locked: this.options.access.locked(),
    });
    if (participant.role.kind === "conductor") this.send(participant, this.invitations());
    void this.display.now();
  }

  leave(participant: Participant): void {
    this.participants.delete(participant);
    this.display.forget(participant);
  }

  /** Stops the music and the song; edits the song has not yet accepted are saved (they broke nothing while it ran). */
  async close(): Promise<void> {
    this.playback.dispose();
    this.display.dispose();
    await this.desk.saveAll();
    await this.song.close();
  }

  /** Whether `role` may edit `module` now (a revoked invitation no longer may). */
  mayEdit(role: Role, module: string): boolean {
    if (role.kind === "conductor") return true;
    if (role.kind !== "participant") return false;
    const invitation = this.options.access.invitations().find((candidate) => candidate.id === role.invitation.id);
    return !!invitation && !invitation.revoked && invitation.modules.includes(module);
  }

  /** A participant's region or the conductor's module as an edit; a string when not allowed at all. */
  async submit(role: Role, request: Omit<Submission, "author">): Promise<Verdict | string> {
    if (!this.song.modules().some((module) => module.name === request.module)) return `unknown module "${request.module.slice(0, 80)}"`;
    if (!this.mayEdit(role, request.module)) return `you may not edit module ${request.module}`;
    if (request.part === "whole" && role.kind !== "conductor") return "participants submit the part below the marker line";
    this.playback.flush();
    return this.desk.submit({ ...request, author: this.author(role) });
  }

  /** Each diagnostic, and each of its notes as a warning at its own place (marked in the editor too). */
  problems(diagnostics: readonly Diagnostic[]): Problem[] {
    const place = (span: Span) => (this.files.has(span.file) ? span : undefined);
    return diagnostics.flatMap((diagnostic) => [
      { severity: diagnostic.severity, message: diagnostic.message, span: place(diagnostic.span), text: this.song.format(diagnostic) },
      ...(diagnostic.notes ?? []).map((note) => ({
        severity: "warning" as const, message: `note: ${note.message}`, span: place(note.span), text: this.song.format({ severity: "warning", ...note }),
      })),
    ]);
  }

  async handle(participant: Participant, message: ClientMessage): Promise<void> {
    if (message.type === "ping") {
      return this.send(participant, { type: "pong", id: message.id, sent: message.sent, server: this.now() });
    }
    if (message.type === "termDepth") return this.display.setDepth(participant, message.depth);
    if (message.type === "apply" && message.fromHere && participant.role.kind !== "conductor") {
      return this.refuse(participant, "only the conductor may apply from here");
    }
    if (message.type === "apply" || message.type === "submit") {
      const whole = message.type === "apply";
      const verdict = await this.submit(participant.role, {
        module: message.module,
        base: message.base,
        text: whole ? message.text : message.region,
        part: whole ? "whole" : "region",
        origin: participant,
      });
      const fromHere = message.type === "apply" && message.fromHere === true;
      this.answer(participant, message.type, message.id, verdict, fromHere);
      if (fromHere && typeof verdict !== "string" && verdict.outcome === "applied") await this.fromHere();
      return;
    }
    if (participant.role.kind !== "conductor") {
      return this.refuse(participant, participant.role.kind === "listener" ? "this page is read-only: open the link you were given to edit" : "only the conductor may do that");
    }
    switch (message.type) {
      case "playTerm":
        return this.playTerm(participant, message.expression, message.id);
      case "applyTerm":
        return this.applyTerm(participant, message.expression, message.id);
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
        await this.playback.next(message.unit, message.intoLibrary);
        void this.display.now();
        break;
      case "control":
        return this.control(participant, message.name, message.value);
      case "invite":
        return this.invite(message.name, message.modules);
      case "revoke":
        return this.revoke(message.invitation);
      case "lock":
        this.options.access.lock(message.module, message.locked);
        return this.broadcast({ type: "locks", locked: this.options.access.locked() });
      case "history":
        return this.send(participant, { type: "history", entries: this.desk.history.all().map(summary) });
      case "entry": {
        const entry = this.desk.history.entry(message.sequence);
        return entry ? this.send(participant, { type: "entry", entry }) : this.refuse(participant, "no such history entry");
      }
      case "restore": {
        const verdict = await this.desk.restore(message.sequence, this.author(participant.role));
        return this.answer(participant, "restore", message.id, verdict ?? "no such history entry");
      }
    }
    this.broadcast({ type: "transport", transport: this.playback.status() });
  }

  /** `fromHere`: an Apply from here, heard at once. */
  private answer(participant: Participant, request: "apply" | "submit" | "restore", id: number | undefined, verdict: Verdict | string, fromHere = false): void {
    if (typeof verdict === "string") return this.refuse(participant, verdict);
    const problems = this.problems(verdict.diagnostics);
    for (const message of verdict.outcome === "refused" && problems.length > 0 ? [] : verdict.entry.problems ?? []) {
      problems.push({ severity: "error", message, text: message });
    }
    if (verdict.unsaved) problems.push({ severity: "warning", message: `applied, but not saved: ${verdict.unsaved}`, text: verdict.unsaved });
    const regionStart = request === "submit" ? splitModule(verdict.text).header.length : undefined;
    const heard = verdict.outcome !== "applied" ? undefined : fromHere ? heardFromHere : describeHearing(this.song.hearing());
    this.send(participant, {
      type: "result", id, request, problems, outcome: verdict.outcome,
      ...(verdict.current ? { current: verdict.current } : {}),
      ...(regionStart === undefined ? {} : { regionStart }),
      ...(heard ? { heard } : {}),
      ...(verdict.mergedOver === undefined ? {} : { mergedOver: verdict.mergedOver }),
    });
  }

  /** A new version is playing: every browser follows it. */
  private applied(entry: HistoryEntry, origin: unknown): void {
    const module = this.song.modules().find((candidate) => candidate.name === entry.module);
    if (!module) return;
    const state: ModuleState = { name: module.name, file: module.file, text: module.text, version: entry.version, types: this.song.typeNotes(module.name) };
    this.playback.flush();
    for (const other of this.participants) this.send(other, { type: "module", module: state, yours: other === origin, who: entry.who });
    void this.display.now();
  }

  /**
   * Apply from here: the term starts from `main` again under the program just applied and plays
   * on silently to the song time reached (a score's tempo or instrument changes at once); the
   * transport stays as it was.
   */
  private async fromHere(): Promise<void> {
    // Every element at the song time reached was handed over together: go on after it.
    const time = this.playback.position + 0.001;
    this.song.restart();
    await this.playback.continueAt(time);
    this.broadcast({ type: "transport", transport: this.playback.status() });
  }

  /**
   * The music stopped right after an edit (a runaway, a memory overflow, a runtime error): the
   * edit is rolled back, everyone is told why, and the music resumes by itself from the same
   * song time under the version before it (the term starts from `main` again, since the one
   * playing holds the edit's code, and plays on silently to where it stopped).
   */
  private async rollBack(failure: ErrorStep): Promise<void> {
    const verdict = await this.desk.rollBack(failure.message, failure.span?.file, failure.runaway === true, () => this.song.restart());
    if (!verdict || verdict.outcome !== "rolled back") return;
    const reason = verdict.entry.problems?.[0] ?? "rolled back";
    this.broadcast({ type: "rolledBack", module: verdict.entry.module, version: verdict.entry.version, message: reason });
    await this.playback.resumeAt(failure.time);
    this.broadcast({ type: "transport", transport: this.playback.status() });
  }

  private invite(name: string, modules: readonly string[]): void {
    const known = modules.filter((module) => this.song.modules().some((candidate) => candidate.name === module));
    this.options.access.invite(name.trim() || known.join(", ") || "participant", known);
    this.toConductors(this.invitations());
  }

  private revoke(id: string): void {
    const revoked = this.options.access.revoke(id);
    if (!revoked) return;
    for (const participant of this.participants) {
      if (participant.role.kind === "participant" && participant.role.invitation.id === id) participant.close("the conductor revoked this link");
    }
    this.toConductors(this.invitations());
  }

  private invitations(): ServerMessage {
    const invitations = this.options.access.invitations().map(({ id, name, modules, revoked, token }) =>
      ({ id, name, modules, revoked, link: revoked ? "" : this.options.link(token) }));
    return { type: "invitations", invitations };
  }

  private author(role: Role): Author {
    if (role.kind === "participant") return { name: role.invitation.name, key: role.invitation.id, conductor: false };
    return { name: "conductor", key: "conductor", conductor: role.kind === "conductor" };
  }

  private roleState(role: Role): RoleState {
    if (role.kind !== "participant") return { kind: role.kind };
    return { kind: "participant", name: role.invitation.name, modules: role.invitation.modules };
  }

  private async playTerm(participant: Participant, expression: string, id?: number): Promise<void> {
    const diagnostics = await this.attempt(() => this.song.playTerm(expression));
    if (!hasErrors(diagnostics)) this.playback.jump();
    this.send(participant, { type: "result", id, request: "playTerm", problems: this.problems(diagnostics) });
  }

  /** Evaluates a selection for the editor to put its value in its place; the song is not changed. */
  private async applyTerm(participant: Participant, expression: string, id?: number): Promise<void> {
    const result = await this.attempt(() => this.song.evaluate(expression));
    let problems: Problem[] = [];
    if (Array.isArray(result)) problems = this.problems(result);
    else if ("diagnostics" in result) problems = this.problems(result.diagnostics);
    else if ("error" in result) problems = [{ severity: "error", message: result.error.split("\n")[0], text: result.error }];
    else if (result.value.length > limits.moduleCharacters) {
      const message = `the value is too long to put in a module (${result.value.length} characters)`;
      problems = [{ severity: "error", message, text: message }];
    }
    const value = problems.length === 0 && "value" in result ? { value: result.value } : {};
    this.send(participant, { type: "result", id, request: "applyTerm", problems, ...value });
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
    void this.display.now();
  }

  /** A failing request to the song becomes a diagnostic instead of taking the server down. */
  private attempt<T>(action: () => Promise<T>): Promise<T | Diagnostic[]> {
    return action().catch((failure: Error) => {
      const file = this.song.modules()[0]?.file ?? "";
      return [{ severity: "error", message: failure.message, span: { file, start: 0, end: 0 } }];
    });
  }

  private modules(): ModuleState[] {
    return this.song.modules().map((module) => ({ ...module, version: this.desk.version(module.name), types: this.song.typeNotes(module.name) }));
  }

  private refuse(participant: Participant, message: string): void {
    this.send(participant, { type: "refused", message });
  }

  private send(participant: Participant, message: ServerMessage): void {
    participant.send(this.options.hide(JSON.stringify(message)));
  }

  private toConductors(message: ServerMessage): void {
    const data = this.options.hide(JSON.stringify(message));
    for (const participant of this.participants) if (participant.role.kind === "conductor") participant.send(data);
  }

  private broadcast(message: ServerMessage): void {
    this.deliver(message, this.participants);
  }

  /** Sends to some participants, after the events due before it (the timeline goes out first). */
  private deliver(message: ServerMessage, participants: Iterable<Participant>): void {
    if (message.type !== "timeline") this.playback.flush();
    const data = this.options.hide(JSON.stringify(message));
    for (const participant of participants) participant.send(data);
  }
}
