// What compiled code calls: forcing thunks, calling top-level functions through their live
// cells, applying function values, primitives, counting steps and rules — each mirroring one
// transition of the machine, so both paths build the same graph and count the same steps.
// Anything the compiled path does not handle itself (errors, the step budget, pattern-match
// failures) throws `BAIL`, and the machine redoes the evaluation and reports it precisely.

import * as core from "../../core/term.ts";
import type { CompiledCode, Expr, GlobalCell, Lambda, Primitive, Rule } from "../../core/term.ts";
import type { Span } from "../../text/index.ts";
import * as values from "../values.ts";
import { CompareWork, compareStep } from "../structural.ts";
import { NormalizeWork, normalizeStep } from "../normalize.ts";
import { delayFrame, literalMatches, makeNode } from "../nodes.ts";
import { showValue } from "../show-value.ts";
import { stringToList } from "../strings.ts";
import { generate } from "./generate.ts";
import { bigNumberWork } from "../../core/numbers.ts";
import { CHECKPOINT_STEPS } from "../machine.ts";
import { sharedConstant } from "../constants.ts";

const { GlobalReference } = core;
const { Closure, Data, Partial, Thunk, WideData, isCell } = values;
type Frame = values.Frame;

/** Thrown to hand an evaluation back to the machine. */
export const BAIL = { reason: "the compiled path hands over to the machine" };

/** Thrown when the step budget is spent (the machine would stop at the same reduction, in the same rule). */
export const OUT_OF_STEPS = { reason: "the step budget is spent" };

/**
 * The counters compiled code updates: the running machine's, copied in and out around a run.
 * `limit` is the next count to look at: the budget's end, or a checkpoint before it.
 */
export const counters = {
  steps: 0, firings: 0, limit: 0, budgetEnd: 0, trail: undefined as Span[] | undefined, lastRule: undefined as Rule | undefined,
  /** The machine's checks at a checkpoint (memory, time), when it makes any. */
  checkpoint: undefined as (() => void) | undefined,
};

function bail(): never {
  throw BAIL;
}

function tick(): void {
  if (++counters.steps > counters.limit) limitReached();
}

function limitReached(): void {
  if (counters.steps > counters.budgetEnd) throw OUT_OF_STEPS;
  counters.checkpoint!();
  counters.limit = nextLimit();
}

/** The next count `tick` looks at. */
export function nextLimit(): number {
  return counters.checkpoint === undefined ? counters.budgetEnd : Math.min(counters.budgetEnd, counters.steps + CHECKPOINT_STEPS);
}

function mark(span: Span): void {
  const trail = counters.trail;
  if (trail !== undefined) trail.push(span);
}

/** A rule fired (an equation matched). */
function fire(rule: Rule): void {
  counters.firings++;
  counters.lastRule = rule;
  mark(rule.span);
}

/** The code of an expression, compiled on first use. */
function code(expr: Expr): CompiledCode {
  return expr.compiled ?? (expr.compiled = compile(expr));
}

function bodyCode(lambda: Lambda): CompiledCode {
  return lambda.bodyCode ?? (lambda.bodyCode = code(lambda.body));
}

/** Evaluates a node to weak head normal form, updating a thunk with its value. */
export function force(node: unknown): unknown {
  if (node instanceof Thunk) return node.expr === undefined ? node.value : settle(node, (node.code ?? code(node.expr as Expr))(node.frame as Frame));
  return node;
}

/** Updates a thunk with its value (compiled code forces a variable inline, with a call site of its own). */
function settle(node: values.Thunk, value: unknown): unknown {
  node.value = value;
  node.expr = undefined;
  node.frame = undefined;
  return value;
}

/** A top-level name evaluated: a constant's shared value (or, when it reads a control, its body afresh), a function's reference. */
function unfold(cell: GlobalCell, span: Span): unknown {
  const definition = cell.definition;
  if (definition === undefined) throw BAIL;
  const lambda = definition.lambda;
  if (lambda.arity > 0) return cell.reference;
  tick();
  mark(span);
  if (!cell.volatile) return force(sharedConstant(cell, definition));
  return bodyCode(lambda)(constantFrame(lambda));
}

/**
 * A frame for evaluating a top-level constant. Most have no local variables: their frame holds
 * only the parent slot, always empty at top level, and nothing writes into it — one frame
 * serves them all.
 */
function constantFrame(lambda: Lambda): Frame {
  return lambda.slots === 1 ? noLocals : new Array(lambda.slots);
}

const noLocals: Frame = Object.freeze([undefined]) as Frame;

/**
 * The node of a top-level name in argument position (`exprCode`: the name's compiled code, for
 * its thunk). The thunk of a constant needs no frame (see `makeNode`).
 */
function globalNode(expr: core.Global, exprCode: CompiledCode): unknown {
  const definition = expr.cell.definition;
  if (definition !== undefined && definition.lambda.arity > 0) return expr.cell.reference;
  return new Thunk(expr, undefined, exprCode);
}

/** The lambda of a top-level function when it currently takes exactly `arity` arguments; counts and marks the call. */
function callee(cell: GlobalCell, span: Span, arity: number): Lambda | undefined {
  const lambda = calleeUnmarked(cell, arity);
  if (lambda !== undefined) mark(span);
  return lambda;
}

/** `callee` for an entry the machine does not mark (a function entered by `$!`). */
function calleeUnmarked(cell: GlobalCell, arity: number): Lambda | undefined {
  const definition = cell.definition;
  if (definition === undefined || definition.lambda.arity !== arity) return undefined;
  tick();
  return definition.lambda;
}

/** A frame for a call of `lambda`, with its arguments in place. */
function frame1(lambda: Lambda, a: unknown): Frame {
  const frame = new Array(lambda.slots);
  frame[1] = a;
  return frame;
}

function frame2(lambda: Lambda, a: unknown, b: unknown): Frame {
  const frame = new Array(lambda.slots);
  frame[1] = a;
  frame[2] = b;
  return frame;
}

function frame3(lambda: Lambda, a: unknown, b: unknown, c: unknown): Frame {
  const frame = new Array(lambda.slots);
  frame[1] = a;
  frame[2] = b;
  frame[3] = c;
  return frame;
}

function frame4(lambda: Lambda, a: unknown, b: unknown, c: unknown, d: unknown): Frame {
  const frame = new Array(lambda.slots);
  frame[1] = a;
  frame[2] = b;
  frame[3] = c;
  frame[4] = d;
  return frame;
}

/**
 * A call of a top-level function that does not take exactly the arguments given (or is no longer
 * defined): a partial application when it takes more, else what the machine does.
 */
function callOther(cell: GlobalCell, span: Span, args: unknown[]): unknown {
  const definition = cell.definition;
  if (definition !== undefined && definition.lambda.arity > args.length) return new Partial(cell.reference, args);
  return apply(unfold(cell, span), args);
}

function callMany(cell: GlobalCell, span: Span, args: unknown[]): unknown {
  const lambda = callee(cell, span, args.length);
  if (lambda === undefined) return callOther(cell, span, args);
  const frame = new Array(lambda.slots);
  for (let i = 0; i < args.length; i++) frame[i + 1] = args[i];
  return bodyCode(lambda)(frame);
}

const noArguments: readonly unknown[] = [];

/**
 * Applies a function value (a top-level function, a closure, a partial application) to argument
 * nodes. Dispatched on the class (one look at the object, not a walk of its prototypes per kind).
 */
function apply(fn: unknown, args: unknown[]): unknown {
  switch (typeof fn === "object" ? (fn as object).constructor : undefined) {
    case Partial: {
      const partial = fn as values.Partial, lambda = lambdaOf(partial.fn);
      if (lambda === undefined) throw BAIL;
      return enter(partial.fn, lambda, parentOf(partial.fn), partial.args, args);
    }
    case Closure: {
      const closure = fn as values.Closure;
      return enter(closure, closure.lambda, closure.frame, noArguments, args);
    }
    case GlobalReference: {
      const definition = (fn as core.GlobalReference).cell.definition;
      if (definition === undefined) throw BAIL;
      const lambda = definition.lambda;
      if (lambda.arity === 0) {
        tick();
        return apply(bodyCode(lambda)(constantFrame(lambda)), args);
      }
      return enter(fn, lambda, undefined, noArguments, args);
    }
  }
  throw BAIL;
}

/** The lambda of a partial application's function: its closure's, or its top-level function's as now defined (if it still is). */
function lambdaOf(inner: unknown): Lambda | undefined {
  return inner instanceof Closure ? inner.lambda : (inner as core.GlobalReference).cell.definition?.lambda;
}

/** The frame a partial application's function was made in (a closure's; a top-level function has none). */
function parentOf(inner: unknown): Frame | undefined {
  return inner instanceof Closure ? inner.frame : undefined;
}

/** Enters a lambda with the arguments `given` (of a partial application) followed by `args`. */
function enter(fn: unknown, lambda: Lambda, parent: Frame | undefined, given: readonly unknown[], args: unknown[]): unknown {
  const arity = lambda.arity, count = given.length + args.length;
  if (count < arity) return new Partial(fn, given.length === 0 ? args : given.concat(args));
  const fromArgs = arity - given.length;
  tick();
  const frame = frameWith(lambda, parent, given);
  for (let i = 0; i < fromArgs; i++) frame[given.length + i + 1] = args[i];
  const value = bodyCode(lambda)(frame);
  return count > arity ? apply(value, args.slice(fromArgs)) : value;
}

/** A frame for `lambda` with its parent and the arguments `given` in place (the others follow). */
function frameWith(lambda: Lambda, parent: Frame | undefined, given: readonly unknown[]): Frame {
  const frame = new Array(lambda.slots);
  frame[0] = parent;
  for (let i = 0; i < given.length; i++) frame[i + 1] = given[i];
  return frame;
}

/**
 * `apply(fn, [argument])`, without the array where the argument completes a partial application
 * (as each element does in `concatMap (note 100)`) or a closure of one parameter: the frame is
 * built directly.
 */
function apply1(fn: unknown, argument: unknown): unknown {
  let lambda: Lambda | undefined, parent: Frame | undefined, given: readonly unknown[] = noArguments;
  switch (typeof fn === "object" ? (fn as object).constructor : undefined) {
    case Partial: {
      const partial = fn as values.Partial;
      lambda = lambdaOf(partial.fn);
      parent = parentOf(partial.fn);
      given = partial.args;
      break;
    }
    case Closure:
      lambda = (fn as values.Closure).lambda;
      parent = (fn as values.Closure).frame;
      break;
  }
  if (lambda === undefined || lambda.arity !== given.length + 1) return apply(fn, [argument]);
  tick();
  const frame = frameWith(lambda, parent, given);
  frame[given.length + 1] = argument;
  return bodyCode(lambda)(frame);
}

/** The value of a strict primitive, its reduction counted. */
function counted(value: unknown): unknown {
  tick();
  if (bigNumberWork.reductions !== 0) chargeBigNumbers();
  return value;
}

/** Counts the work a big-number operation did (see numbers.ts) as reductions. */
function chargeBigNumbers(): void {
  counters.steps += bigNumberWork.reductions;
  bigNumberWork.reductions = 0;
  if (counters.steps > counters.limit) limitReached();
}

/** A structural comparison primitive (==, compare, min, …), forcing only up to the first difference. */
function structural(primitive: Primitive, left: unknown, right: unknown): unknown {
  tick();
  if (typeof left === "number" && typeof right === "number") {
    return primitive.apply!(left < right ? -1 : left > right ? 1 : 0, left, right);
  }
  const work = new CompareWork(left, right);
  for (;;) {
    const outcome = compareStep(work);
    if (typeof outcome === "number") return primitive.apply!(outcome, left, right);
    work.received(force(outcome));
  }
}

/** Evaluates a node fully (every field, recursively) and returns its value. */
export function normalize(node: unknown): unknown {
  const value = force(node);
  if (!(value instanceof Data) || normalizeFields(value, SMALL_VALUE_DEPTH)) return value;
  const work = new NormalizeWork(value);
  for (;;) {
    const pending = normalizeStep(work);
    if (pending === undefined) return work.root;
    work.received(force(pending));
  }
}

/** Values nested up to this deep (an element like `Event (Channel 0 (On 60 64))`) are normalized by recursion. */
const SMALL_VALUE_DEPTH = 6;

/**
 * Evaluates the fields of a small value in place; false when it is deeper than `depth` or has a
 * cell of more than two fields (left for the work list).
 */
function normalizeFields(cell: values.Data, depth: number): boolean {
  const arity = cell.con.arity;
  if (arity === 0) return true;
  if (depth === 0 || arity > 2) return false;
  // Numbers (most fields of an element) need no look at all; cells and thunks are told apart by class.
  let field = cell.f0;
  if (typeof field === "object") {
    if ((field as object).constructor === Thunk) cell.f0 = field = force(field);
    if (isCell(field as object) && !normalizeFields(field as values.Data, depth - 1)) return false;
  }
  if (arity === 1) return true;
  field = cell.f1;
  if (typeof field === "object") {
    if ((field as object).constructor === Thunk) cell.f1 = field = force(field);
    if (isCell(field as object) && !normalizeFields(field as values.Data, depth - 1)) return false;
  }
  return true;
}

function show(node: unknown): unknown {
  tick();
  const text = showValue(normalize(node));
  if (bigNumberWork.reductions !== 0) chargeBigNumbers();
  return stringToList(text);
}

/** The names compiled code uses, bound once per compiled function. */
const runtime = {
  Closure, Data, Thunk, WideData, apply, apply1, bail, bodyCode, callMany, callOther, callee, calleeUnmarked, code, counted, delayFrame, fire, force, frame1, frame2, frame3, frame4,
  globalNode, literalMatches, makeNode, settle, show, structural, tick, unfold,
};
const runtimeNames = Object.keys(runtime).join(", ");

/** Cleared when the platform forbids generating code (a strict content security policy). */
export let canCompile = true;

function compile(expr: Expr): CompiledCode {
  const { body, constants, codes } = generate(expr);
  const compiledParts = codes.map(code);
  const bindings = [
    ...constants.map((_, index) => `k${index} = K[${index}]`),
    ...codes.map((_, index) => `c${index} = C[${index}]`),
  ].join(", ");
  const source = `"use strict";\nconst { ${runtimeNames} } = R;\n${bindings ? `const ${bindings};\n` : ""}`
    + `return function ${functionName(expr)}(env) {\nlet t, l, s;\n${body}};`; // t: the variable being forced, l: the lambda being called, s: the value `$!` passes
  try {
    return new Function("R", "K", "C", source)(runtime, constants, compiledParts) as CompiledCode;
  } catch (problem) {
    if (problem instanceof EvalError) canCompile = false;
    throw problem;
  }
}

/**
 * The generated function's name, after where its expression is in the source (e.g.
 * `at_Prelude_hs_3125`, a character offset), so that profilers and stack traces tell them apart.
 */
function functionName(expr: Expr): string {
  const span = "span" in expr ? expr.span : expr.kind === core.FIRED ? expr.rule.span : undefined;
  if (span === undefined) return "compiled";
  return `at_${span.file.replace(/.*\//, "")}_${span.start}`.replace(/\W/g, "_");
}
