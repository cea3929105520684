// The studio's WebSocket protocol: the JSON messages a browser and the server exchange.
// Types only; `requests.ts` turns untrusted browser text into these requests or a refusal.

import type { EventMessage } from "../events/index.ts";
import type { Span } from "../text/index.ts";
import type { TypeNote } from "../types/index.ts";
import type { TermPart } from "../show/index.ts";
import type { Conflict } from "../collab/edit-desk.ts";

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
  /** The type of every name written in this version of the text, by offsets (for hover). */
  readonly types: readonly TypeNote[];
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
  /** The song's own definitions the term still holds (the parts still to come), in the song's order. */
  readonly parts?: readonly TermPart[];
}

/** The parts still to come and where they are defined (a definition moved by an edit is a change). */
export function partsKey(term: TermState): string {
  return (term.parts ?? []).map((part) => `${part.name}@${part.span.file}:${part.span.start}`).join(" ");
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
  /** Its events as a musician reads them (`C#5 on · velocity 127 · channel 0`), when it has any. */
  readonly reading?: string;
  readonly reduced: readonly Span[];
}

/** A single reduction: the rule that fired and where (the term follows in a `term` message). */
export interface WireReduction {
  readonly rule: string;
  readonly call?: Span;
  readonly ruleSpan?: Span;
  readonly matched: readonly Span[];
}

/** What a browser may do: conduct (everything), edit some modules (a participant), or watch. */
export interface RoleState {
  readonly kind: "conductor" | "participant" | "listener";
  readonly name?: string;
  /** The modules a participant may edit (below their marker lines). */
  readonly modules?: readonly string[];
}

/** An invitation link as the conductor's page lists it. */
export interface InvitationState {
  readonly id: string;
  readonly name: string;
  readonly modules: readonly string[];
  readonly revoked: boolean;
  readonly link: string;
}

/** A history entry without its text (fetched with `entry` when wanted). */
export interface EntrySummary {
  readonly sequence: number;
  readonly time: string;
  readonly who: string;
  readonly module: string;
  readonly base?: number;
  readonly outcome: string;
  readonly version: number;
  readonly problems?: readonly string[];
}

export interface EntryState extends EntrySummary {
  readonly text: string;
}

/** Messages a browser sends. `id` (optional) is echoed in the matching `result`. */
export type ClientMessage =
  /** The conductor's whole module; with `base`, refused as a conflict when the module moved on. */
  /** `fromHere`: the conductor's Apply from here (the term starts from `main` again under the new program, played on silently to the song time now). */
  | { readonly type: "apply"; readonly id?: number; readonly module: string; readonly text: string; readonly base?: number; readonly fromHere?: boolean }
  /** A participant's region below the marker, made on version `base`. */
  | { readonly type: "submit"; readonly id?: number; readonly module: string; readonly region: string; readonly base: number }
  | { readonly type: "invite"; readonly id?: number; readonly name: string; readonly modules: readonly string[] }
  | { readonly type: "revoke"; readonly invitation: string }
  | { readonly type: "lock"; readonly module: string; readonly locked: boolean }
  | { readonly type: "history" }
  | { readonly type: "entry"; readonly sequence: number }
  | { readonly type: "restore"; readonly id?: number; readonly sequence: number }
  | { readonly type: "playTerm"; readonly id?: number; readonly expression: string }
  /** Evaluates an expression in the song's scope; the result carries its printed value. */
  | { readonly type: "applyTerm"; readonly id?: number; readonly expression: string }
  /** This browser's current term is printed `depth` deep (`limits.termDepth.initial` is the default). */
  | { readonly type: "termDepth"; readonly depth: number }
  | { readonly type: "transport"; readonly action: TransportAction }
  | { readonly type: "mode"; readonly mode: Mode; readonly slowStep?: number }
  | { readonly type: "latency"; readonly milliseconds: number }
  /** `intoLibrary`: a reduction of library code too (by default they are stepped over). */
  | { readonly type: "next"; readonly unit: "element" | "reduction"; readonly intoLibrary?: boolean }
  | { readonly type: "control"; readonly name: string; readonly value: number }
  | { readonly type: "ping"; readonly id: number; readonly sent: number };

/** A refused edit's conflict, as the edit desk answers it (the texts of the author's merge view). */
export type ConflictState = Conflict;

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
      readonly role: RoleState;
      readonly locked: readonly string[];
    }
  /**
   * The answer to a request: no errors means it was applied. Edits say what became of them
   * (`outcome`, as in the history), a conflict carries the module as it is now, and a submitted
   * region where it begins in the module the problems' spans refer to. An applied term carries
   * its value, printed as `show` prints it.
   */
  | {
      readonly type: "result";
      readonly id?: number;
      readonly request: "apply" | "playTerm" | "applyTerm" | "submit" | "restore";
      readonly problems: readonly Problem[];
      readonly outcome?: string;
      readonly current?: ConflictState;
      readonly regionStart?: number;
      readonly value?: string;
      /** An applied edit: when it is heard, in words ("`v2f` heard when the music gets there"). */
      readonly heard?: string;
      /** An edit made on an older version, applied merged with the changes of this version (made since). */
      readonly mergedOver?: number;
    }
  /** A module was applied (by this browser when `yours`, else by `who`). */
  | { readonly type: "module"; readonly module: ModuleState; readonly yours: boolean; readonly who?: string }
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
  /** The music failed after an edit, and its module went back to the previous version. */
  | { readonly type: "rolledBack"; readonly module: string; readonly version: number; readonly message: string }
  /** An edit the music accepted could not be written to its file (it plays, but a restart would lose it). */
  | { readonly type: "unsaved"; readonly module: string; readonly message: string }
  | { readonly type: "locks"; readonly locked: readonly string[] }
  /** To conductors: the invitations, the history so far, one entry in full, a new entry. */
  | { readonly type: "invitations"; readonly invitations: readonly InvitationState[] }
  | { readonly type: "history"; readonly entries: readonly EntrySummary[] }
  | { readonly type: "entry"; readonly entry: EntryState }
  | { readonly type: "recorded"; readonly entry: EntrySummary }
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
  /** What one sender (a link, the conductor, a listener's address) may send in a second, over all its sockets. */
  messagesPerSecond: 200,
  bytesPerSecond: 1024 * 1024,
  latency: { low: 10, high: 1000 },
  slowStep: { low: 100, high: 2000 },
  /** How deep the current term is printed (nesting levels before `…`; initially the printer's default). */
  termDepth: { low: 4, initial: 14, high: 60 },
} as const;
