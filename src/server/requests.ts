// Untrusted browser text -> a typed ClientMessage, or the reason it is refused.
// Every field is checked for type, size and range; nothing else in the server sees raw input.

import { limits, type ClientMessage, type Mode, type TransportAction } from "./protocol.ts";

export type Parsed = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly reason: string };

const actions: readonly TransportAction[] = ["play", "pause", "stop", "restart"];
const modes: readonly Mode[] = ["realtime", "slow", "step"];

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason);
}

function field(record: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}

function text(record: Record<string, unknown>, name: string, maximum: number): string {
  const value = field(record, name);
  if (typeof value !== "string") refuse(`"${name}" must be a string`);
  if (value.length > maximum) refuse(`"${name}" is longer than ${maximum} characters`);
  return value;
}

function number(record: Record<string, unknown>, name: string, low: number, high: number): number {
  const value = field(record, name);
  if (typeof value !== "number" || !Number.isFinite(value)) refuse(`"${name}" must be a number`);
  if (value < low || value > high) refuse(`"${name}" must be between ${low} and ${high}`);
  return value;
}

function choice<T extends string>(record: Record<string, unknown>, name: string, options: readonly T[]): T {
  const value = field(record, name);
  if (typeof value !== "string" || !options.includes(value as T)) refuse(`"${name}" must be one of ${options.join(", ")}`);
  return value as T;
}

function version(record: Record<string, unknown>): number {
  const value = number(record, "base", 0, Number.MAX_SAFE_INTEGER);
  if (!Number.isInteger(value)) refuse(`"base" must be a whole number`);
  return value;
}

function flag(record: Record<string, unknown>, name: string): boolean {
  const value = field(record, name);
  if (typeof value !== "boolean") refuse(`"${name}" must be true or false`);
  return value;
}

function names(record: Record<string, unknown>, name: string): string[] {
  const value = field(record, name);
  if (!Array.isArray(value) || value.length > 100) refuse(`"${name}" must be a list of at most 100 names`);
  return value.map((item) => {
    if (typeof item !== "string" || item.length > limits.nameCharacters) refuse(`"${name}" must hold names`);
    return item;
  });
}

function requestId(record: Record<string, unknown>): { id?: number } {
  if (field(record, "id") === undefined) return {};
  return { id: number(record, "id", 0, Number.MAX_SAFE_INTEGER) };
}

function message(record: Record<string, unknown>): ClientMessage {
  const type = field(record, "type");
  switch (type) {
    case "apply":
      return {
        type,
        ...requestId(record),
        module: text(record, "module", limits.nameCharacters),
        text: text(record, "text", limits.moduleCharacters),
        ...(field(record, "base") === undefined ? {} : { base: version(record) }),
        ...(field(record, "fromHere") === undefined ? {} : { fromHere: flag(record, "fromHere") }),
      };
    case "submit":
      return {
        type,
        ...requestId(record),
        module: text(record, "module", limits.nameCharacters),
        region: text(record, "region", limits.moduleCharacters),
        base: version(record),
      };
    case "invite":
      return { type, ...requestId(record), name: text(record, "name", limits.nameCharacters), modules: names(record, "modules") };
    case "revoke":
      return { type, invitation: text(record, "invitation", limits.nameCharacters) };
    case "lock":
      return { type, module: text(record, "module", limits.nameCharacters), locked: flag(record, "locked") };
    case "history":
      return { type };
    case "entry":
      return { type, sequence: number(record, "sequence", 1, Number.MAX_SAFE_INTEGER) };
    case "restore":
      return { type, ...requestId(record), sequence: number(record, "sequence", 1, Number.MAX_SAFE_INTEGER) };
    case "playTerm":
    case "applyTerm":
      return { type, ...requestId(record), expression: text(record, "expression", limits.expressionCharacters) };
    case "termDepth": {
      const depth = number(record, "depth", limits.termDepth.low, limits.termDepth.high);
      if (!Number.isInteger(depth)) refuse(`"depth" must be a whole number`);
      return { type, depth };
    }
    case "transport":
      return { type, action: choice(record, "action", actions) };
    case "mode": {
      const mode = choice(record, "mode", modes);
      if (field(record, "slowStep") === undefined) return { type, mode };
      return { type, mode, slowStep: number(record, "slowStep", limits.slowStep.low, limits.slowStep.high) };
    }
    case "latency":
      return { type, milliseconds: number(record, "milliseconds", limits.latency.low, limits.latency.high) };
    case "next":
      return {
        type,
        unit: choice(record, "unit", ["element", "reduction"] as const),
        ...(field(record, "intoLibrary") === undefined ? {} : { intoLibrary: flag(record, "intoLibrary") }),
      };
    case "control":
      return { type, name: text(record, "name", limits.nameCharacters), value: number(record, "value", -1e15, 1e15) };
    case "ping":
      return { type, id: number(record, "id", 0, Number.MAX_SAFE_INTEGER), sent: number(record, "sent", -1e15, 1e15) };
    default:
      return refuse(typeof type === "string" ? `unknown message type "${type.slice(0, 40)}"` : `a message needs a "type"`);
  }
}

/** Parses one WebSocket text frame. */
export function parseRequest(data: string): Parsed {
  if (data.length > limits.messageBytes) return { ok: false, reason: `message larger than ${limits.messageBytes} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, reason: "message is not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "message must be a JSON object" };
  }
  try {
    return { ok: true, message: message(value as Record<string, unknown>) };
  } catch (failure) {
    if (failure instanceof Refusal) return { ok: false, reason: failure.message };
    throw failure;
  }
}
