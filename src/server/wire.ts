// Interpreter and scheduler output -> protocol messages: events and elements with due times and
// only the spans that point into the song's own modules (the library is not on screen).

import type { TimedEvent } from "../events/index.ts";
import type { Scheduled } from "../schedule/index.ts";
import type { Span } from "../text/index.ts";
import type { WireElement, WireEvent, WireReduction } from "./protocol.ts";
import type { Reduction } from "./song.ts";

/** Highlights are capped per element: the editor shows a handful, not thousands. */
const maximumSpans = 48;

/** The spans into the song's own modules, without repeats. */
export function songSpans(spans: readonly Span[], files: ReadonlySet<string>): Span[] {
  const seen = new Set<string>();
  const kept: Span[] = [];
  for (const span of spans) {
    const key = `${span.file}:${span.start}:${span.end}`;
    if (!files.has(span.file) || seen.has(key)) continue;
    seen.add(key);
    kept.push({ file: span.file, start: span.start, end: span.end });
    if (kept.length === maximumSpans) break;
  }
  return kept;
}

export function wireEvent(due: number, event: TimedEvent, files: ReadonlySet<string>): WireEvent {
  return { due, port: event.port, channel: event.channel, message: event.message, spans: songSpans(event.spans, files) };
}

export function wireElement({ due, step }: Scheduled, files: ReadonlySet<string>): WireElement {
  return { due, time: step.time, trace: step.trace, reduced: songSpans(step.reduced, files) };
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
