// Prints the current term as a musician reads it: operators infix, lists as `a : b : rest` or
// `[a, b]`, suspended code as source-like text with its variables filled in, deep or wide parts
// cut with `…`. During single steps the machine's stack is folded back into the term and the
// subterm being reduced is marked.

import {
  APPLY, CASE, CONSTRUCT, DELAY, FAIL, FIRED, GLOBAL, LAMBDA, LET, LITERAL, LITERAL_CASE, LOCAL, PRIMITIVE_CALL, CONS, NIL, UNIT, isTuple, GlobalReference,
  type Case, type Delay, type Expr, type Lambda, type LiteralCase, type Local,
} from "../core/index.ts";
import type { Span } from "../text/index.ts";
import { dictionaryName, isEvidence, isEvidenceNode, selectedMethod } from "./evidence.ts";
import { defaultTermLimits, type TermLimits } from "./limits.ts";
import {
  APPLY_TO, Closure, Data, Partial as PartialApplication, PRIMITIVE, SELECT, Thunk, UPDATE, fieldsOf, lookup, showValue, type Frame, type Machine,
} from "../reduce/index.ts";

export interface PrintedTerm {
  readonly text: string;
  /** Offsets of the subterm being reduced, when evaluation is in progress. */
  readonly focus: { readonly start: number; readonly end: number } | undefined;
  /** The song's own definitions the term still holds, in the song's order: the parts still to come (set by the session). */
  readonly parts?: readonly TermPart[];
}

export interface TermPart {
  readonly name: string;
  /** Its definition. */
  readonly span: Span;
}

const FOCUS_START = "\uE000", FOCUS_END = "\uE001";
const operatorName = /^[^A-Za-z_(\[]/;

export function printTerm(root: unknown, machine: Machine | undefined, requested: Partial<TermLimits> = {}): PrintedTerm {
  const limits = { ...defaultTermLimits, ...requested };
  const printer = new TermPrinter(limits);
  printer.findShared(root, machine);
  if (machine && !machine.idle) printer.foldStack(machine);
  let text = printer.node(root, 0, 0) + printer.sharedDefinitions();
  if (printer.pendingFocus !== undefined && !text.includes(FOCUS_START)) text = `${text}   ⟵ ${printer.pendingFocus}`;
  if (text.length > limits.length) text = text.slice(0, limits.length) + "…";
  const start = text.indexOf(FOCUS_START);
  const end = text.indexOf(FOCUS_END);
  const plain = text.replace(/[\uE000\uE001]/g, "");
  return { text: plain, focus: start >= 0 && end > start ? { start, end: end - 1 } : undefined };
}

class TermPrinter {
  /** Thunks under evaluation, printed as their reconstructed term. */
  private readonly overrides = new Map<Thunk, string>();
  /** Unevaluated thunks the term refers to more than once: printed once, by name. */
  private readonly shared = new Map<Thunk, string>();
  private readonly definitions: string[] = [];
  private readonly defined = new Set<string>();
  pendingFocus: string | undefined;

  constructor(private readonly limits: TermLimits) {}

  foldStack(machine: Machine): void {
    let hole = machine.control !== undefined ? this.expr(machine.control, machine.env ?? [], 0, 1) : this.node(machine.value, 0, 1);
    hole = FOCUS_START + hole + FOCUS_END;
    const frames = machine.stack.frames();
    for (let index = frames.length - 1; index >= 0; index--) {
      const frame = frames[index];
      switch (frame.kind) {
        case UPDATE:
          this.overrides.set(frame.thunk, hole);
          break;
        case SELECT:
          hole = this.selection(frame.expr, frame.env, hole);
          break;
        case APPLY_TO: {
          const args = frame.args.filter((arg) => !isEvidenceNode(arg));
          if (args.length > 0) hole = [grouped(hole, 10), ...args.map((arg) => this.node(arg, 11, 2))].join(" ");
          break;
        }
        case PRIMITIVE: {
          const focus = hole, done = frame.index;
          const args = frame.args.map((arg, index) => (precedence: number) =>
            index < done && frame.values[index] !== undefined ? this.node(frame.values[index], precedence, 2)
              : index === done ? grouped(focus, precedence) : this.expr(arg, frame.env, precedence, 2));
          hole = this.application(frame.primitive.name, args, 0);
          break;
        }
      }
    }
    this.pendingFocus = hole;
  }

  /** Counts how often each unevaluated thunk occurs in the printed part of the term; names those seen twice. */
  findShared(root: unknown, machine: Machine | undefined): void {
    const seen = new Set<Thunk>();
    let budget = 4000;
    const visitNode = (value: unknown, depth: number): void => {
      if (--budget < 0 || depth > this.limits.depth) return;
      if (value instanceof Thunk) {
        if (value.evaluated) return visitNode(value.value, depth);
        if (value.expr === undefined) return;
        if (seen.has(value)) {
          if (!this.shared.has(value)) this.shared.set(value, `s${this.shared.size + 1}`);
          return;
        }
        seen.add(value);
        return visitExpr(value.expr, value.frame ?? [], depth);
      }
      if (value instanceof Data) for (const field of fieldsOf(value).slice(0, this.limits.width)) visitNode(field, depth + 1);
    };
    const visitExpr = (expr: Expr, env: Frame, depth: number): void => {
      if (--budget < 0 || depth > this.limits.depth) return;
      switch (expr.kind) {
        case LOCAL: return visitNode(safeLookup(env, expr), depth);
        case APPLY: return [expr.fn, ...expr.args].forEach((part) => visitExpr(part, env, depth + 1));
        case PRIMITIVE_CALL:
        case CONSTRUCT: return expr.args.forEach((part) => visitExpr(part, env, depth + 1));
        case CASE:
        case LITERAL_CASE: return visitExpr(expr.scrutinee, env, depth + 1);
        case LET:
        case FIRED: return visitExpr(expr.body, env, depth);
        case DELAY: return visitExpr(expr.body, delayFrameOf(expr, env), depth);
      }
    };
    if (machine && !machine.idle) {
      if (machine.control !== undefined) visitExpr(machine.control, machine.env ?? [], 1);
      else visitNode(machine.value, 1);
      for (const frame of machine.stack.frames()) {
        if (frame.kind === APPLY_TO) frame.args.forEach((arg) => visitNode(arg, 2));
        if (frame.kind === PRIMITIVE) frame.args.forEach((arg) => visitExpr(arg, frame.env, 2));
      }
    }
    visitNode(root, 0);
  }

  /** A shared thunk's name; its definition is printed once, after the term. */
  private sharedName(thunk: Thunk, name: string): string {
    if (!this.defined.has(name)) {
      this.defined.add(name); // before printing the body, which may refer to the name again
      const index = this.definitions.push("") - 1;
      this.definitions[index] = `${name} = ${this.expr(thunk.expr!, thunk.frame ?? [], 0, 1)}`;
    }
    return name;
  }

  sharedDefinitions(): string {
    return this.definitions.length > 0 ? `  where ${this.definitions.join("; ")}` : "";
  }

  /** A case waiting for its scrutinee: `f a HOLE` when it inspects a parameter of `f`, else `case HOLE of …`. */
  private selection(expr: Case | LiteralCase, env: Frame, hole: string): string {
    const scrutinee = expr.scrutinee;
    const owner = expr.owner;
    const method = expr.kind === CASE ? selectedMethod(expr) : undefined;
    if (method !== undefined) return method;
    if (!owner || scrutinee.kind !== LOCAL || scrutinee.depth !== 0 || scrutinee.index > owner.arity) return `case ${hole} of …`;
    const hidden = owner.evidence ?? 0;
    const args = Array.from({ length: owner.arity - hidden }, (_, at) => at + hidden + 1).map((slot) => (precedence: number) =>
      slot === scrutinee.index ? parenthesize(precedence > 0, hole) : this.node(env[slot], precedence, 2));
    return this.application(owner.name, args, 0);
  }

  node(value: unknown, precedence: number, depth: number): string {
    if (depth > this.limits.depth) return "…";
    if (value instanceof Thunk) {
      const override = this.overrides.get(value);
      if (override !== undefined) {
        this.pendingFocus = undefined;
        return precedence > 0 ? `(${override})` : override;
      }
      if (value.evaluated) return this.node(value.value, precedence, depth);
      if (value.expr === undefined) return "⟨being evaluated⟩";
      const name = this.shared.get(value);
      if (name !== undefined) return this.sharedName(value, name);
      return this.expr(value.expr, value.frame ?? [], precedence, depth);
    }
    if (value instanceof Data) return value.con.dictionary ? `‹${value.con.name}›` : this.data(value, precedence, depth);
    if (value instanceof Closure) return value.lambda.name && value.lambda.name !== "\\" ? value.lambda.name : "\\…";
    if (value instanceof GlobalReference) return value.cell.name;
    if (value instanceof PartialApplication) {
      if (wrapsLocated(nameOf(value.fn)) && value.args.length >= 2) {
        const [, wrapped, ...more] = value.args;
        if (more.length === 0) return this.node(wrapped, precedence, depth);
        return parenthesize(precedence > 10, [this.node(wrapped, 11, depth + 1), ...more.map((arg) => this.node(arg, 11, depth + 1))].join(" "));
      }
      const args = value.args.filter((arg) => !isEvidenceNode(arg));
      if (args.length === 0) return this.node(value.fn, precedence, depth);
      return parenthesize(precedence > 10, [this.node(value.fn, 11, depth + 1), ...args.map((arg) => this.node(arg, 11, depth + 1))].join(" "));
    }
    if (value === undefined) return "…";
    return showValue(value).replace(/^(-.*)$/, precedence > 6 ? "($1)" : "$1");
  }

  private data(value: Data, precedence: number, depth: number): string {
    const constructor = value.con, fields = fieldsOf(value);
    if (constructor === CONS || constructor === NIL) return this.list(value, precedence, depth);
    if (constructor === UNIT || fields.length === 0) return operatorName.test(constructor.name) ? `(${constructor.name})` : constructor.name;
    if (isTuple(constructor)) return `(${fields.map((field) => this.node(field, 0, depth + 1)).join(", ")})`;
    if (operatorName.test(constructor.name) && fields.length === 2) {
      const fixity = constructor.fixity?.precedence ?? 9;
      return parenthesize(precedence > fixity, `${this.node(fields[0], fixity + 1, depth + 1)} ${constructor.name} ${this.node(fields[1], fixity, depth + 1)}`);
    }
    return parenthesize(precedence > 10, [constructor.name, ...fields.map((field) => this.node(field, 11, depth + 1))].join(" "));
  }

  /** `[a, b, c]` when the spine is evaluated to the end, else `a : b : rest`. */
  private list(value: Data, precedence: number, depth: number): string {
    const elements: string[] = [];
    let cell: unknown = value;
    while (elements.length < this.limits.width) {
      if (cell instanceof Thunk && cell.evaluated && !this.overrides.has(cell)) cell = cell.value;
      if (!(cell instanceof Data) || cell.con !== CONS) break;
      elements.push(this.node(cell.f0, 6, depth + 1));
      cell = cell.f1;
    }
    if (cell instanceof Data && cell.con === NIL) {
      const shown = showValue(value);
      if (shown.startsWith('"')) return shown;
      return `[${elements.join(", ")}]`;
    }
    const rest = cell instanceof Data && cell.con === CONS ? "…" : this.node(cell, 5, depth + 1);
    if (elements.length === 0) return rest;
    return parenthesize(precedence > 5, [...elements, rest].join(" : "));
  }

  expr(expr: Expr, env: Frame, precedence: number, depth: number): string {
    if (depth > this.limits.depth) return "…";
    const next = depth + 1;
    switch (expr.kind) {
      case LOCAL: {
        const node = safeLookup(env, expr);
        return node === undefined ? expr.name : this.node(node, precedence, depth);
      }
      case GLOBAL:
        if (expr.cell.dictionary) return dictionaryName(expr.cell);
        return operatorName.test(expr.cell.name) ? `(${expr.cell.name})` : expr.cell.name;
      case LITERAL:
        return this.node(expr.value, precedence, depth);
      case APPLY: {
        if (expr.fn.kind === GLOBAL && wrapsLocated(expr.fn.cell.name) && expr.args.length >= 2) {
          const [, wrapped, ...more] = expr.args;
          if (more.length === 0) return this.expr(wrapped, env, precedence, depth);
          return this.application(this.expr(wrapped, env, 10, next), more.map((arg) => (precedence2: number) => this.expr(arg, env, precedence2, next)), precedence);
        }
        const args = expr.args.filter((arg) => !isEvidence(arg, env));
        if (args.length === 0) return this.expr(expr.fn, env, precedence, depth);
        return this.application(this.expr(expr.fn, env, 10, next), args.map((arg) => (precedence2: number) => this.expr(arg, env, precedence2, next)), precedence);
      }
      case LAMBDA: {
        const method = expr.body.kind === CASE ? selectedMethod(expr.body) : undefined;
        if (method !== undefined) return operatorName.test(method) ? `(${method})` : method;
        return parenthesize(precedence > 0, `\\… -> ${this.expr(expr.body, [capturedOf(expr, env)], 0, next)}`);
      }
      case DELAY:
        return this.expr(expr.body, delayFrameOf(expr, env), precedence, depth);
      case LET:
        return this.expr(expr.body, env, precedence, depth);
      case CASE:
      case LITERAL_CASE:
        return (expr.kind === CASE ? selectedMethod(expr) : undefined) ?? parenthesize(precedence > 0, `case ${this.expr(expr.scrutinee, env, 0, next)} of …`);
      case PRIMITIVE_CALL:
        if (wrapsLocated(expr.primitive.name)) return this.expr(expr.args[1], env, precedence, depth);
        return this.application(expr.primitive.name, expr.args.map((arg) => (precedence2: number) => this.expr(arg, env, precedence2, next)), precedence);
      case CONSTRUCT:
        return this.application(expr.con.name, expr.args.map((arg) => (precedence2: number) => this.expr(arg, env, precedence2, next)), precedence, expr.con.fixity?.precedence);
      case FIRED:
        return this.expr(expr.body, env, precedence, depth);
      case FAIL:
        return `error "no match in ${expr.name}"`;
    }
  }

  /** `f a b`, or `a + b` for an operator with two arguments. */
  private application(head: string, args: ((precedence: number) => string)[], precedence: number, fixity = 9): string {
    const name = head.replace(/^\((.*)\)$/, "$1");
    if (operatorName.test(name) && name !== "[]" && args.length === 2) {
      return parenthesize(precedence > fixity, `${args[0](fixity + 1)} ${name} ${args[1](fixity)}`);
    }
    if (args.length === 0) return head;
    if (name.startsWith("(,")) return `(${args.map((arg) => arg(0)).join(", ")})`;
    return parenthesize(precedence > 10, [operatorName.test(name) ? `(${name})` : head, ...args.map((arg) => arg(11))].join(" "));
  }
}

/** The focus text in an argument position: in parentheses when it is more than one word. */
function grouped(text: string, precedence: number): string {
  return precedence > 0 && /\s/.test(text.replace(/[\uE000\uE001]/g, "")) ? `(${text})` : text;
}

function parenthesize(needed: boolean, text: string): string {
  return needed ? `(${text})` : text;
}

/** What a closure of `lambda` made in `env` would capture (as much as can be found: the term may be in any state). */
function capturedOf(lambda: Lambda, env: Frame): Frame {
  return lambda.captures.map((local) => safeLookup(env, local));
}

/** The frame a thunk of `delay` made in `env` would have. */
function delayFrameOf(delay: Delay, env: Frame): Frame {
  const frame: Frame = new Array(delay.slots);
  delay.captures.forEach((local, index) => (frame[delay.captureSlots[index]] = safeLookup(env, local)));
  return frame;
}

function safeLookup(env: Frame, local: Local): unknown {
  try {
    return lookup(env, local);
  } catch {
    return undefined;
  }
}

/** The wrappers that make a song's notes carry their places (desugar/located.ts): shown as the call they wrap. */
function wrapsLocated(name: string | undefined): boolean {
  return name === "primLocated" || name === "primLocated1" || name === "primLocated2";
}

/** The name of a function value, when it has one. */
function nameOf(value: unknown): string | undefined {
  if (value instanceof GlobalReference) return value.cell.name;
  if (value instanceof Closure) return value.lambda.name;
  return undefined;
}
