// The participant's page brought to life: the region becomes an editor (the header above stays
// fixed), submissions go over the WebSocket with positioned errors marked in place, one that met
// someone's change to the same lines opens the merge view, types show on hover, and the page
// follows the song: new versions, rollbacks, the current term, and its own module's events.

import "./participant.css";
import { setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { splitModule } from "../collab/marker.ts";
import { mergeRegions, mergeTexts } from "../collab/three-way.ts";
import type { ConflictState, ModuleState, ServerMessage } from "../server/protocol.ts";
import { eventReading } from "../events/reading.ts";
import { Connection, ServerClock } from "./connection.ts";
import { editorExtensions } from "./editor-setup.ts";
import { setHighlights, VersionMap, type Mark } from "./highlights.ts";
import { mergeView, type MergeView } from "./merge-view.ts";
import { loadLibraryDocs, typeHover, TypeTable } from "./type-hover.ts";

const form = document.getElementById("submission") as HTMLFormElement | null;
if (form) enhance(form);

function field(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement).value;
}

/** Lists `lines` in the result area under `headline` (as text, never as HTML). */
function showResult(outcome: string, headline: string, lines: readonly string[] = []): void {
  const result = document.getElementById("result")!;
  result.className = `result ${outcome}`;
  result.dataset.outcome = outcome;
  const paragraph = document.createElement("p");
  paragraph.textContent = headline;
  const children: HTMLElement[] = [paragraph];
  if (lines.length > 0) {
    const list = document.createElement("ul");
    list.className = "problems";
    for (const line of lines) list.append(Object.assign(document.createElement("li"), { textContent: line }));
    children.push(list);
  }
  result.replaceChildren(...children);
}

function enhance(form: HTMLFormElement): void {
  const token = field(form, "token");
  const module = field(form, "module");
  let base = Number(field(form, "base"));
  const textarea = document.getElementById("region") as HTMLTextAreaElement;
  const header = document.getElementById("header")!;
  const eventLog = document.getElementById("event-log")!;
  let file = "";
  let headerLength = header.textContent?.length ?? 0;
  /** The region of the version playing now. */
  let applied = textarea.value;
  let nextId = 1;
  const waiting = new Set<number>();
  /** Submissions sent and not yet answered, oldest first (their texts are versions `-id`). */
  const attempts: number[] = [];
  const versions = new VersionMap();
  /** The type notes of the version playing now, for hover. */
  let types: TypeTable | undefined;
  let sounding: { at: number; from: number; to: number }[] = [];
  /** The merge view open after a submission met someone's change to the same lines. */
  let merging: MergeView | undefined;

  const changed = EditorView.updateListener.of((update) => {
    if (update.docChanged) versions.edited(update.changes);
  });
  loadLibraryDocs();
  const hover = typeHover((position, side) => types?.at(versions, position, side));
  const commands = { apply: submit, applyFromHere: submit, playSelection: () => undefined, applyTerm: () => undefined };
  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions: editorExtensions(commands, [changed, hover]) }),
  });
  view.contentDOM.setAttribute("aria-label", `Your part of ${module}`);
  textarea.hidden = true;
  textarea.after(view.dom);
  document.querySelector("label.region-label")?.removeAttribute("for");
  form.addEventListener("submit", (event) => (event.preventDefault(), submit()));

  const clock = new ServerClock((id, sent) => connection.send({ type: "ping", id, sent }));
  const connection = new Connection(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/socket?token=${encodeURIComponent(token)}`, {
    message: receive,
    opened: () => document.body.classList.add("connected"),
    closed: () => (clock.stop(), document.body.classList.remove("connected")),
  });

  function submit(): void {
    const id = nextId++;
    if (!connection.send({ type: "submit", id, module, region: view.state.doc.toString(), base })) {
      return showResult("limited", "Not connected: nothing was submitted. Try again in a moment.");
    }
    closeMerge();
    waiting.add(id);
    attempts.push(id);
    versions.add(-id, view.state.doc.length);
    showResult("pending", "Submitted…");
  }

  /**
   * Shows the merge view under the result: theirs (the module's part now), yours (the editor's
   * text), and the version both were made from. Its result replaces the editor's text and is
   * submitted on the version now; closed, the editor's text stays, and submitting it again meets the same change.
   */
  function openMerge(conflict: ConflictState): void {
    closeMerge();
    const theirs = splitModule(conflict.text).region;
    const original = conflict.original ? splitModule(conflict.original.text).region : "";
    merging = mergeView(mergeRegions(view.state.doc.toString(), original, theirs), {
      apply: (text) => {
        replaceRegion(text);
        base = conflict.version;
        submit();
      },
      close: closeMerge,
    });
    const result = document.getElementById("result")!;
    result.after(merging.element);
    result.scrollIntoView({ block: "start" });
  }

  function closeMerge(): void {
    merging?.element.remove();
    merging?.destroy();
    merging = undefined;
  }

  function replaceRegion(text: string): void {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }

  function follow(state: ModuleState, yours: boolean, who: string | undefined): void {
    const { header: fixed, region } = splitModule(state.text);
    header.textContent = fixed;
    headerLength = fixed.length;
    file = state.file;
    const typed = view.state.doc.toString();
    const clean = typed === applied;
    const merged = clean || typed === region ? undefined : mergeTexts(typed, applied, region);
    applied = region;
    const attempt = yours ? attempts.shift() : undefined;
    if (yours || clean) {
      base = state.version;
      // Not yours: the new version; yours, merged with one made meanwhile: what plays.
      if (!yours) replaceRegion(region);
      else if (merged !== undefined && merged !== typed) replaceRegion(merged);
      if (attempt !== undefined) versions.alias(state.version, -attempt);
      else versions.add(state.version, region.length, view.state.doc.toString() === region);
    } else if (merged !== undefined) {
      base = state.version;
      replaceRegion(merged);
      versions.add(state.version, 0, false);
      showResult("notice", `${who ?? "Someone"} changed ${module} (now version ${state.version}): their change is in your text, which is kept.`);
    } else {
      versions.add(state.version, 0, false);
      showResult("notice", `${who ?? "Someone"} changed ${module} (now version ${state.version}) on the lines you are editing; your text is kept, and submitting it shows you both versions.`);
    }
    types = new TypeTable(state.version, region, state.types, fixed.length);
    document.querySelector(".version")!.textContent = `version ${state.version}`;
  }

  function receive(message: ServerMessage): void {
    switch (message.type) {
      case "welcome": {
        const state = message.modules.find((candidate) => candidate.name === module);
        attempts.length = 0;
        if (state) follow(state, false, undefined);
        clock.start(message.serverTime);
        document.getElementById("live")!.hidden = false;
        return;
      }
      case "module":
        if (message.module.name === module) follow(message.module, message.yours, message.who);
        return;
      case "result": {
        if (message.id === undefined || !waiting.delete(message.id)) return;
        if (attempts.includes(message.id)) attempts.splice(attempts.indexOf(message.id), 1);
        const start = message.regionStart ?? headerLength;
        const diagnostics: LintDiagnostic[] = [];
        const lines: string[] = [];
        for (const problem of message.problems) {
          lines.push(problem.text.split("\n")[0].replace(/^.*?:(\d+:\d+): /, "line $1: "));
          if (!problem.span || problem.span.file !== file) continue;
          const from = Math.min(Math.max(0, problem.span.start - start), view.state.doc.length);
          diagnostics.push({ from, to: Math.min(Math.max(from, problem.span.end - start), view.state.doc.length), severity: problem.severity, message: problem.message });
        }
        view.dispatch(setDiagnostics(view.state, diagnostics));
        const headlines: Record<string, string> = {
          applied: `Applied${message.mergedOver === undefined ? "" : ", merged with the changes someone made meanwhile (both are kept)"}: ${message.heard ? `${message.heard}.` : "your part is playing."}`,
          refused: "Not applied: the music goes on unchanged. Fix the problems and submit again.",
          limited: "Not applied: a limit was reached.",
        };
        if (message.outcome === "conflict" && message.current) {
          showResult("conflict", "Not applied yet: your text is kept.");
          return openMerge(message.current);
        }
        return showResult(message.outcome ?? "refused", headlines[message.outcome ?? "refused"] ?? "", lines);
      }
      case "rolledBack":
        if (message.module === module) showResult("rolled-back", `Your last edit was taken back: ${message.message}`);
        return;
      case "unsaved":
        if (message.module === module) showResult("refused", `Your edit plays, but could not be saved: ${message.message}`);
        return;
      case "locks":
        document.body.classList.toggle("locked", message.locked.includes(module));
        return;
      case "term":
        document.getElementById("term")!.textContent = message.term.text;
        return;
      case "timeline":
        for (const event of message.events) {
          const own = event.spans.filter((span) => span.file === file);
          if (own.length === 0) continue;
          const reading = eventReading(event);
          if (reading === undefined) continue;
          const line = Object.assign(document.createElement("li"), { textContent: reading });
          eventLog.prepend(line);
          while (eventLog.children.length > 40) eventLog.lastElementChild!.remove();
          const at = clock.toLocal(event.due);
          for (const span of own) sounding.push({ at, from: span.start - headerLength, to: span.end - headerLength });
        }
        return;
      case "pong":
        return clock.pong(message.sent, message.server);
      case "refused":
        return showResult("refused", message.message);
    }
  }

  /** Marks the spans of this module's sounding notes (while the editor shows the playing version). */
  let shown = "";
  function frame(): void {
    const now = performance.now();
    sounding = sounding.filter((mark) => now < mark.at + 250);
    const clean = view.state.doc.toString() === applied;
    const marks: Mark[] = clean
      ? sounding.filter((mark) => mark.at <= now && mark.from >= 0 && mark.to <= view.state.doc.length && mark.to > mark.from)
        .map((mark) => ({ from: mark.from, to: mark.to, className: "rf-sounding rf-voice-0" }))
      : [];
    const key = marks.map((mark) => `${mark.from}-${mark.to}`).join(",");
    if (key !== shown) {
      shown = key;
      view.dispatch({ effects: setHighlights.of(marks) });
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}
