// Interpreter and scheduler output -> protocol messages: events and elements with due times and
// only the spans that point into the song's own modules (the library is not on screen).

import type { TimedEvent } from "../events/index.ts";
import type { Scheduled } from "../schedule/index.ts";
import type { Span } from "../text/index.ts";
import type { WireElement, WireEvent, WireReduction } from "./protocol.ts";
import type { Reduction } from "./song.ts";

/** Highlights are capped per element: the editor shows a handful, not thousands. */
const maximumSpans = 48;

/** The spans into the song's own modules, without repeats (they are few: no index needed). */
export function songSpans(spans: readonly Span[], files: ReadonlySet<string>): Span[] {
  const kept: Span[] = [];
  for (const span of spans) {
    if (!files.has(span.file)) continue;
    if (kept.some((other) => other.start === span.start && other.end === span.end && other.file === span.file)) continue;
    kept.push(span);
    if (kept.length === maximumSpans) break;
  }
  return kept;
}

export function wireEvent(due: number, event: TimedEvent, files: ReadonlySet<string>): WireEvent {
  return { due, port: event.port, channel: event.channel, message: event.message, spans: songSpans(event.spans, files) };
}

/** An element for the browsers; `highlight` false leaves out what was reduced (see Playback). */
export function wireElement({ due, step }: Scheduled, files: ReadonlySet<string>, highlight: boolean): WireElement {
  return { due, time: step.time, trace: step.trace, reduced: highlight ? songSpans(step.reduced, files) : [] };
}

export function wireReduction(reduction: Reduction, files: ReadonlySet<string>): WireReduction {
  const own = (span: Span | undefined) => (span && files.has(span.file) ? span : undefined);
  return {
    rule: reduction.rule,
    call: own(reduction.call),
    ruleSpan: own(reduction.ruleSpan),
    matched: songSpans(reduction.matched, files),
    term: reduction.term,
  };
}
