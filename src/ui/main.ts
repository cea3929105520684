// The studio page: connects to the server, turns its messages into editor, transport, view and
// sound updates, and draws everything that changed once per animation frame.

import "./studio.css";
import type { ClientMessage, ServerMessage, WireElement, WireEvent } from "../server/protocol.ts";
import type { Span } from "../text/index.ts";
import { Connection, ServerClock } from "./connection.ts";
import { ControlsView } from "./controls-view.ts";
import { EnsemblePanel } from "./ensemble-panel.ts";
import { EventsView, PianoRoll } from "./events-view.ts";
import { ModuleEditors, type LocatedProblem, type TaggedMark } from "./module-editors.ts";
import { Player, type LocalElement, type LocalEvent, type TaggedSpan } from "./player.ts";
import { ProblemsView } from "./problems-view.ts";
import { LearnPanel } from "./learn-panel.ts";
import { installShortcuts, renderHelp } from "./shortcuts.ts";
import { Sound } from "./sound.ts";
import { TermView } from "./term-view.ts";
import { TransportBar } from "./transport-bar.ts";
import { loadLibraryDocs } from "./type-hover.ts";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The status line in the header: short notices that fade after a few seconds. */
class StatusLine {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: HTMLElement) {}

  show(text: string): void {
    clearTimeout(this.timer);
    this.element.textContent = text;
    this.element.classList.add("visible");
    this.timer = setTimeout(() => this.element.classList.remove("visible"), 6000);
  }
}

/** Dark and light themes: `data-theme` on the page, remembered here, first from the system. */
const themeKey = "refrain-theme";

type Theme = "dark" | "light";

function initialTheme(): Theme {
  const saved = localStorage.getItem(themeKey);
  if (saved === "dark" || saved === "light") return saved;
  return matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
}

function applyTheme(theme: Theme, button: HTMLElement): void {
  document.documentElement.dataset.theme = theme;
  button.setAttribute("aria-label", theme === "dark" ? "Light theme" : "Dark theme");
  button.title = `${theme === "dark" ? "Light" : "Dark"} theme (Alt-T)`;
}

function toggleTheme(button: HTMLElement): void {
  const next: Theme = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
  localStorage.setItem(themeKey, next);
  applyTheme(next, button);
}

/** Server version of each module file, to tag incoming spans with the text they refer to. */
const versions = new Map<string, number>();
/** What each pending request's problems are filed under in the Problems list. */
const requestSources = new Map<number, string>();
let nextRequest = 1;
let stepMarks: TaggedMark[] = [];
let skipped: LocatedProblem[] = [];
let reducedMarks: TaggedMark[] = [];
let reducedUntil = 0;
let highlightsChanged = true;
let seenSoundingChanges = -1;

const tag = (span: Span): TaggedSpan => ({ ...span, version: versions.get(span.file) ?? 0 });
const status = new StatusLine(byId("status"));
const clock = new ServerClock((id, sent) => connection.send({ type: "ping", id, sent }));
const events = new EventsView(byId("event-log"));
const player = new Player((element) => {
  events.add(element.time, element.trace, element.reading);
  if (element.reduced.length > 0) {
    reducedMarks = element.reduced.map((span) => ({ span, className: "rf-reduced" }));
    reducedUntil = performance.now() + 250;
    highlightsChanged = true;
  }
});
const send = (message: ClientMessage) => void connection.send(message);
const transport = new TransportBar(send);
const editors = new ModuleEditors(byId("tabs"), byId("editors"), {
  apply(module, text, base, fromHere) {
    const id = nextRequest++;
    requestSources.set(id, `apply ${module}`);
    return connection.send({ type: "apply", id, module, text, base, ...(fromHere ? { fromHere } : {}) }) ? id : undefined;
  },
  playTerm(expression) {
    const id = nextRequest++;
    requestSources.set(id, "play term");
    send({ type: "playTerm", id, expression });
  },
  applyTerm(expression) {
    const id = nextRequest++;
    requestSources.set(id, "apply term");
    return connection.send({ type: "applyTerm", id, expression }) ? id : undefined;
  },
  notice: (text) => status.show(text),
});
const ensemble = new EnsemblePanel(byId("players"), send);
/** What to do when an apply request succeeds (an example opened from the Learn panel plays from its start). */
const afterApplied = new Map<number, () => void>();
// An example replaces the song: the music stops and goes back to `main`, so the example becomes
// the whole program (whatever the old term held), and plays from its start.
const learn = new LearnPanel(byId("learn"), byId("learn-content"), (code, lesson) => {
  transport.command("stop");
  transport.command("restart");
  const id = editors.openExample(code);
  if (id === undefined) return;
  status.show(`Opening the example of ${lesson}… (Ctrl-Z in the editor brings your song back)`);
  afterApplied.set(id, () => {
    transport.command("play");
    status.show(`Playing the example of ${lesson}: change it and press Ctrl-Enter. Ctrl-Z in the editor brings your song back.`);
  });
});
loadLibraryDocs();
const problems = new ProblemsView(byId("problem-list"), byId("problem-count"), (span) => editors.reveal(span), (all) => editors.showProblems(all));
const term = new TermView(byId("term"), byId("term-rule"), byId("term-less"), (depth) => send({ type: "termDepth", depth }), byId("term-parts"), (span) => editors.reveal(tag(span)));
const roll = new PianoRoll(byId("piano-roll"));
const controls = new ControlsView(byId("controls-panel"), byId("controls"), (name, value) => send({ type: "control", name, value }), (control, value) => {
  const module = editors.writeControl(control.kind, control.name, value);
  if (module) status.show(`${control.name} is ${control.kind === "checkBox" ? (value ? "on" : "off") : value}, written into ${module} (Apply keeps it when the song restarts).`);
});
new Sound({ banner: byId("audio-banner"), bannerText: byId("audio-banner-text"), enable: byId("enable-audio"), select: byId("output") }, player);

const localEvent = (event: WireEvent): LocalEvent => ({ ...event, at: clock.toLocal(event.due), spans: event.spans.map(tag) });
const localElement = (element: WireElement): LocalElement => ({
  at: clock.toLocal(element.due),
  time: element.time,
  trace: element.trace,
  ...(element.reading ? { reading: element.reading } : {}),
  reduced: element.reduced.map(tag),
});

function receive(message: ServerMessage): void {
  switch (message.type) {
    case "welcome":
      byId("song-title").textContent = message.song;
      document.title = `${message.song} · Refrain studio`;
      versions.clear();
      for (const module of message.modules) versions.set(module.file, module.version);
      editors.load(message.modules);
      controls.set(message.controls);
      transport.show(message.transport);
      term.set(message.term);
      term.restoreDepth();
      clock.start(message.serverTime);
      document.body.dataset.role = message.role.kind;
      byId("players-button").hidden = message.role.kind !== "conductor";
      ensemble.setModules(message.modules.map((module) => module.name), message.locked);
      if (message.role.kind === "listener") status.show("Read-only: open the link with your token to edit or conduct.");
      return;
    case "result": {
      const source = requestSources.get(message.id ?? 0) ?? message.request;
      requestSources.delete(message.id ?? 0);
      const then = afterApplied.get(message.id ?? 0);
      afterApplied.delete(message.id ?? 0);
      problems.set(source, message.problems.map((problem) => editors.locate(problem, message.id)));
      if (message.id !== undefined && message.current) editors.conflicted(message.id, message.current);
      if (message.id !== undefined) editors.answered(message.id);
      if (message.id !== undefined && message.request === "applyTerm") editors.termValue(message.id, message.value);
      const errors = message.problems.filter((problem) => problem.severity === "error").length;
      const playing = transport.playing;
      const notices: Partial<Record<typeof message.request, string>> = {
        playTerm: playing ? "Playing the selection." : "The selection is the current term: Play plays it.",
        restore: "Restored.",
        applyTerm: "Replaced by its value (Undo brings the text back).",
      };
      const merged = message.mergedOver === undefined ? "" : ` (merged with the changes of version ${message.mergedOver}, made meanwhile)`;
      const done = notices[message.request] ?? (message.heard ? `Applied${merged}: ${message.heard}.` : `Applied${merged}.`);
      const refused = message.request === "playTerm" ? "Not played" : "Not applied";
      status.show(errors > 0 ? `${refused}: ${errors} error${errors > 1 ? "s" : ""} (${playing ? "the music goes on" : "nothing is playing"})` : done);
      if (errors === 0) then?.();
      return;
    }
    case "rolledBack":
      return status.show(`${message.module}: ${message.message}`);
    case "unsaved":
      return status.show(`${message.module}: playing, but not saved: ${message.message}`);
    case "locks":
      return ensemble.setLocked(message.locked);
    case "invitations":
      return ensemble.setInvitations(message.invitations);
    case "history":
      return ensemble.setHistory(message.entries);
    case "entry":
      return ensemble.entry(message.entry);
    case "recorded":
      ensemble.recorded(message.entry);
      if (message.entry.outcome !== "applied" && message.entry.who !== "conductor") status.show(`${message.entry.who}: ${message.entry.outcome} (${message.entry.module})`);
      return;
    case "module":
      versions.set(message.module.file, message.module.version);
      const notice = editors.applied(message.module, message.yours, message.who);
      if (notice) status.show(notice);
      highlightsChanged = true;
      return;
    case "timeline":
      return player.receive(message.events.map(localEvent), message.elements.map(localElement));
    case "term":
      return term.set(message.term);
    case "reduction": {
      const { call, ruleSpan, matched, rule } = message.reduction;
      stepMarks = [
        ...(call ? [{ span: tag(call), className: "rf-reduced rf-call" }] : []),
        ...(ruleSpan ? [{ span: tag(ruleSpan), className: "rf-reduced rf-rule" }] : []),
        ...matched.map((span) => ({ span: tag(span), className: "rf-reduced rf-matched" })),
      ];
      highlightsChanged = true;
      return term.setRule(`Reduced by ${rule}`);
    }
    case "transport":
      transport.show(message.transport);
      if (message.transport.state === "playing") {
        problems.set("runtime", []);
        problems.set("skipped", (skipped = []));
      }
      if (message.transport.mode !== "step" || message.transport.state === "playing") {
        stepMarks = [];
        term.setRule("");
        highlightsChanged = true;
      }
      return;
    case "silence":
      return player.silence(clock.toLocal(message.at));
    case "controls":
      return controls.set(message.controls);
    case "stopped":
      if (message.reason === "end") return status.show("The song ended. Play starts it again.");
      if (message.problem) problems.set("runtime", [editors.locate(message.problem)]);
      return status.show(`Stopped: ${message.problem?.message ?? "runtime error"}`);
    case "skipped":
      skipped = [...skipped.slice(-19), editors.locate(message.problem)];
      return problems.set("skipped", skipped);
    case "pong":
      return clock.pong(message.sent, message.server);
    case "refused":
      return status.show(`Refused: ${message.message}`);
  }
}

const token = new URLSearchParams(location.search).get("token") ?? "";
const connection = new Connection(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/socket?token=${encodeURIComponent(token)}`, {
  message: receive,
  opened: () => byId("connection").replaceChildren("Connected"),
  closed: () => {
    clock.stop();
    byId("connection").replaceChildren("Reconnecting…");
  },
});

/** The log and the piano roll redraw every other frame: smooth to the eye, half the painting. */
let frameCount = 0;

function frame(): void {
  const now = performance.now();
  const everyOther = frameCount++ % 2 === 0;
  player.update(now);
  if (reducedMarks.length > 0 && now > reducedUntil) {
    reducedMarks = [];
    highlightsChanged = true;
  }
  if (highlightsChanged || player.soundingChanges !== seenSoundingChanges) {
    const sounding: TaggedMark[] = [];
    for (const voice of player.sounding()) {
      for (const span of voice.spans) sounding.push({ span, className: `rf-sounding rf-voice-${voice.channel % 8}` });
    }
    editors.highlight([...sounding, ...reducedMarks, ...stepMarks]);
    highlightsChanged = false;
    seenSoundingChanges = player.soundingChanges;
  }
  if (everyOther) events.draw();
  term.draw();
  if (!everyOther) roll.draw(player.notes, now);
  transport.drawElapsed(now, player.lastTime, player.lastAt);
  requestAnimationFrame(frame);
}

const themeButton = byId<HTMLButtonElement>("theme");
const help = byId<HTMLDialogElement>("help");
applyTheme(initialTheme(), themeButton);
themeButton.addEventListener("click", () => (toggleTheme(themeButton), roll.restyle()));
renderHelp(byId("help-keys"));
const toggleHelp = () => (help.open ? help.close() : help.showModal());
byId("help-button").addEventListener("click", toggleHelp);
byId("learn-button").addEventListener("click", () => learn.toggle());
byId("players-button").addEventListener("click", () => {
  send({ type: "history" });
  byId<HTMLDialogElement>("players").showModal();
});
byId("apply").addEventListener("click", () => editors.applyActive());
byId("apply-here").addEventListener("click", () => editors.applyActive(true));
byId("play-term").addEventListener("click", () => editors.playSelection());
byId("apply-term").addEventListener("click", () => editors.applyTerm());
installShortcuts({
  apply: () => editors.applyActive(),
  playSelection: () => editors.playSelection(),
  toggle: () => transport.toggle(),
  stop: () => transport.command("stop"),
  restart: () => transport.command("restart"),
  mode: (mode) => transport.setMode(mode),
  next: (unit) => transport.next(unit),
  tab: (step) => editors.selectNext(step),
  editor: () => editors.focus(),
  theme: () => (toggleTheme(themeButton), roll.restyle()),
  help: toggleHelp,
  learn: () => learn.toggle(),
});
requestAnimationFrame(frame);
