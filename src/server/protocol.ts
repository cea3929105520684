// The studio's WebSocket protocol: the JSON messages a browser and the server exchange.
// Types only; `requests.ts` turns untrusted browser text into these requests or a refusal.

import type { EventMessage } from "../events/index.ts";
import type { Span } from "../text/index.ts";

export type Mode = "realtime" | "slow" | "step";
export type TransportState = "stopped" | "playing" | "paused" | "ended" | "failed";
export type TransportAction = "play" | "pause" | "stop" | "restart";

export interface TransportStatus {
  readonly state: TransportState;
  readonly mode: Mode;
  /** Slow motion: the pause per element (ms). */
  readonly slowStep: number;
  /** How far ahead of its due time an event is computed and sent (ms). */
  readonly latency: number;
}

export interface ModuleState {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** Counts the applied versions of this module, starting at 0 when the song is opened. */
  readonly version: number;
}

export interface ControlState {
  readonly name: string;
  readonly kind: "slider" | "checkBox";
  readonly low: number;
  readonly high: number;
  readonly value: number;
}

export interface TermState {
  readonly text: string;
  /** The subterm being reduced, as offsets into `text` (during single steps). */
  readonly focus: { readonly start: number; readonly end: number } | undefined;
}

export interface Problem {
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Absent when the problem has no place in the song's own modules. */
  readonly span?: Span;
  /** The compiler-style rendering: `file:line:col: error: ...` and context lines. */
  readonly text: string;
}

export interface WireEvent {
  /** Due time on the server clock. */
  readonly due: number;
  readonly port: number;
  readonly channel: number;
  readonly message: EventMessage;
  readonly spans: readonly Span[];
}

/** An element of `main` as the log and the highlights need it; its events travel separately. */
export interface WireElement {
  readonly due: number;
  /** Song time of the element. */
  readonly time: number;
  readonly trace: string;
  readonly reduced: readonly Span[];
}

/** A single reduction: the rule that fired and where (the term follows in a `term` message). */
export interface WireReduction {
  readonly rule: string;
  readonly call?: Span;
  readonly ruleSpan?: Span;
  readonly matched: readonly Span[];
}

/** Messages a browser sends. `id` (optional) is echoed in the matching `result`. */
export type ClientMessage =
  | { readonly type: "apply"; readonly id?: number; readonly module: string; readonly text: string }
  | { readonly type: "playTerm"; readonly id?: number; readonly expression: string }
  | { readonly type: "transport"; readonly action: TransportAction }
  | { readonly type: "mode"; readonly mode: Mode; readonly slowStep?: number }
  | { readonly type: "latency"; readonly milliseconds: number }
  | { readonly type: "next"; readonly unit: "element" | "reduction" }
  | { readonly type: "control"; readonly name: string; readonly value: number }
  | { readonly type: "ping"; readonly id: number; readonly sent: number };

/** Messages the server sends. */
export type ServerMessage =
  | {
      readonly type: "welcome";
      readonly song: string;
      readonly modules: readonly ModuleState[];
      readonly controls: readonly ControlState[];
      readonly transport: TransportStatus;
      readonly term: TermState;
      readonly serverTime: number;
    }
  /** The answer to an `apply` or `playTerm`: no problems means it was applied. */
  | { readonly type: "result"; readonly id?: number; readonly request: "apply" | "playTerm"; readonly problems: readonly Problem[] }
  /** A module was applied (by this browser when `yours`, else by someone else). */
  | { readonly type: "module"; readonly module: ModuleState; readonly yours: boolean }
  /** Events (the song's, and note-offs when silencing) and elements, in due order each. */
  | { readonly type: "timeline"; readonly events: readonly WireEvent[]; readonly elements: readonly WireElement[] }
  | { readonly type: "term"; readonly term: TermState }
  | { readonly type: "reduction"; readonly reduction: WireReduction }
  | { readonly type: "transport"; readonly transport: TransportStatus }
  /** Drop every event due after `at` and send all notes off. */
  | { readonly type: "silence"; readonly at: number }
  | { readonly type: "controls"; readonly controls: readonly ControlState[] }
  /** A runtime error or the end of the song, shown in Problems / the status line. */
  | { readonly type: "stopped"; readonly reason: "end" | "error"; readonly problem?: Problem }
  /** An event the song produced was skipped (a value out of range); the music goes on. */
  | { readonly type: "skipped"; readonly problem: Problem }
  | { readonly type: "pong"; readonly id: number; readonly sent: number; readonly server: number }
  | { readonly type: "refused"; readonly message: string };

/** Limits on what a browser may send. */
export const limits = {
  /** Larger frames close the connection (ws `maxPayload`). */
  frameBytes: 4 * 1024 * 1024,
  /** Larger messages are refused with an error. */
  messageBytes: 512 * 1024,
  moduleCharacters: 256 * 1024,
  expressionCharacters: 16 * 1024,
  nameCharacters: 200,
  messagesPerSecond: 200,
  latency: { low: 10, high: 1000 },
  slowStep: { low: 100, high: 2000 },
} as const;
