// The song's worker thread: the live Session (program, running term, live edits, controls)
// runs here, away from the server's thread, so that whatever a song or an edit computes cannot
// stall the server or take it down. Requests come one at a time and are answered in order; an
// edit is compiled here too, and applied between two pulls of elements.

import { parentPort, workerData } from "node:worker_threads";
import { skipTo, type ElementStep } from "../events/index.ts";
import { openSong, Session, SongError, type ReductionStep } from "../session/index.ts";
import { hasErrors, type Diagnostic } from "../text/index.ts";
import type { SongCall, SongReport, SongState, SongThreadData } from "./song-messages.ts";

/** A pull stops after this many milliseconds of computing (or elements), even before a Wait. */
const pullMilliseconds = 20;
const pullElements = 512;

const port = parentPort!;
const data = workerData as SongThreadData;

/** A step as plain data (an element's trace is printed here, where its value is). */
function plainStep(step: ElementStep): ElementStep {
  if (step.kind !== "element") return step;
  const { time, trace, events, reduced, wait, problem } = step;
  return { kind: "element", time, trace, events, reduced, wait, ...(problem === undefined ? {} : { problem }) };
}

/**
 * The elements up to and including the next Wait (the scheduler asks again when it is near),
 * each sent as soon as it is computed: one slow element does not hold back those before it.
 */
function pull(session: Session, id: number, from: number | undefined): number {
  const start = performance.now();
  for (let count = 1; ; count++) {
    const step = plainStep(count === 1 && from !== undefined ? skipTo(session, from) : session.next());
    port.postMessage({ kind: "step", id, step } satisfies SongReport);
    if (step.kind !== "element" || (step.wait ?? 0) > 0) return count;
    if (count >= pullElements || performance.now() - start > pullMilliseconds) return count;
  }
}

function state(session: Session): SongState {
  const modules = session.modules();
  const hearing = session.hearing();
  return { modules, notes: Object.fromEntries(modules.map((module) => [module.name, session.typeNotes(module.name)])), ...(hearing ? { hearing } : {}) };
}

function answer(session: Session, call: SongCall): unknown {
  switch (call.kind) {
    case "pull":
      return pull(session, call.id, call.from);
    case "update":
      return session.update(call.module, call.text);
    case "playTerm":
      return session.playTerm(call.expression);
    case "reduce": {
      const step: ReductionStep | ElementStep = session.stepReduction(call.scope);
      return step.kind === "reduction" ? step : plainStep(step);
    }
    case "term":
      return session.printedTerm(call.limits);
    case "evaluate":
      return session.evaluate(call.expression);
    case "restart":
      return session.restart();
    case "control":
      return session.setControl(call.name, call.value);
  }
}

function serve(session: Session): void {
  let controlsSent = JSON.stringify(session.controls());
  port.on("message", (call: SongCall) => {
    let report: SongReport;
    try {
      const result = answer(session, call);
      const changed = call.kind === "update" && !hasErrors(result as Diagnostic[]);
      const controls = session.controls();
      const controlsNow = JSON.stringify(controls);
      const controlsChanged = controlsNow !== controlsSent;
      controlsSent = controlsNow;
      report = { kind: "answer", id: call.id, answer: result, ...(changed ? { state: state(session) } : {}), ...(controlsChanged ? { controls } : {}) };
    } catch (failure) {
      report = { kind: "answer", id: call.id, failure: failure instanceof Error ? failure.stack ?? failure.message : String(failure) };
    }
    port.postMessage(report);
  });
}

function load(): void {
  let session: Session;
  try {
    session = openSong(data.file, data.options);
  } catch (failure) {
    const report = failure instanceof SongError ? failure.report : `${data.file}: error: ${failure instanceof Error ? failure.message : String(failure)}`;
    port.postMessage({ kind: "failed", report } satisfies SongReport);
    return;
  }
  session.restoreControls(data.controls);
  const warnings = session.warnings.map((warning) => session.format(warning));
  port.postMessage({ kind: "loaded", state: state(session), controls: session.controls(), warnings } satisfies SongReport);
  serve(session);
}

load();
