// Building and reading graph nodes outside the machine's loop: variables in frames, argument
// nodes (values when free, else thunks), data cells, literal tests, and runtime error messages.

import * as core from "../core/term.ts";
import type { Binding, Construct, Delay, Expr, Fail, Global, Lambda, Local, Rule } from "../core/term.ts";
import * as values from "./values.ts";
import type { Frame } from "./values.ts";
import * as numbers from "../core/numbers.ts";
import { RuntimeError, describeValue } from "./errors.ts";

// Local copies of imported constants and classes (read often on hot paths).
const { CONSTRUCT, DELAY, GLOBAL, LAMBDA, LITERAL, LOCAL } = core;
const { Char, Closure, Thunk, emptyCell, nullary, setField } = values;
const { ArithmeticError, numbersEqual, isNumber } = numbers;

/** The node of a local variable. */
export function lookup(env: Frame, local: Local): unknown {
  let frame = env;
  for (let depth = local.depth; depth > 0; depth--) frame = frame[0] as Frame;
  return frame[local.index];
}

/**
 * Turns an argument expression into a node without evaluating it: a value when that is free,
 * else a thunk. (Closure conversion leaves only these kinds in argument positions.)
 */
export function makeNode(expr: Expr, env: Frame): unknown {
  switch (expr.kind) {
    case LITERAL:
      return expr.value;
    case LOCAL:
      return lookup(env, expr);
    case GLOBAL: {
      const definition = expr.cell.definition;
      if (definition !== undefined && definition.lambda.arity > 0) return expr.cell.reference;
      // A constant is unfolded in a frame of its own: its thunk holds none (the caller's frame may then die with the call).
      return new Thunk(expr, undefined);
    }
    case LAMBDA:
      return new Closure(expr, capturedValues(expr, env));
    case CONSTRUCT:
      return construct(expr, env);
    case DELAY:
      return new Thunk(expr.body, delayFrame(expr, env));
    default:
      throw new Error(`internal error: an expression of kind ${expr.kind} in an argument position`);
  }
}

/** The values a closure of `lambda` made in `env` captures (none: no array). */
export function capturedValues(lambda: Lambda, env: Frame): Frame | undefined {
  const captures = lambda.captures;
  if (captures.length === 0) return undefined;
  const captured = new Array(captures.length);
  for (let index = 0; index < captures.length; index++) captured[index] = lookup(env, captures[index]);
  return captured;
}

/** The frame of a thunk of `delay` made in `env`: its captured variables in place, room for its locals. */
export function delayFrame(delay: Delay, env: Frame): Frame | undefined {
  if (delay.slots === 0) return undefined;
  const frame = new Array(delay.slots);
  const captures = delay.captures, slots = delay.captureSlots;
  for (let index = 0; index < captures.length; index++) frame[slots[index]] = lookup(env, captures[index]);
  return frame;
}

/**
 * Puts the nodes of a `let`'s bindings into their slots: all are made first, then their
 * captures and fields filled in, since recursive bindings refer to one another.
 */
export function bindLet(bindings: readonly Binding[], env: Frame): void {
  for (const { index, expr } of bindings) {
    env[index] = expr.kind === CONSTRUCT && expr.args.length > 0 ? emptyCell(expr.con)
      : expr.kind === LAMBDA ? new Closure(expr, undefined)
      : expr.kind === DELAY ? new Thunk(expr.body, undefined)
      : makeNode(expr, env);
  }
  for (const { index, expr } of bindings) {
    const node = env[index];
    if (expr.kind === CONSTRUCT) {
      for (let field = 0; field < expr.args.length; field++) setField(node as values.Data, field, makeNode(expr.args[field], env));
    } else if (expr.kind === LAMBDA) (node as values.Closure).frame = capturedValues(expr, env);
    else if (expr.kind === DELAY) (node as values.Thunk).frame = delayFrame(expr, env);
  }
}

/** Builds a data cell; list spines are built in a loop, not by recursion. */
function construct(expr: Construct, env: Frame): unknown {
  const args = expr.args;
  if (args.length === 0) return nullary(expr.con);
  const last = args.length - 1;
  const first = emptyCell(expr.con);
  let cell = first, current = expr;
  for (;;) {
    for (let i = 0; i < last; i++) setField(cell, i, makeNode(current.args[i], env));
    const tail = current.args[last];
    if (tail.kind !== CONSTRUCT || tail.args.length !== args.length || tail.con !== expr.con) {
      setField(cell, last, makeNode(tail, env));
      return first;
    }
    const next = emptyCell(tail.con);
    setField(cell, last, next);
    cell = next;
    current = tail;
  }
}

export function literalMatches(pattern: unknown, value: unknown): boolean {
  if (pattern instanceof Char) return value instanceof Char && value.code === pattern.code;
  return isNumber(value) && numbersEqual(pattern as never, value);
}

export function undefinedName(expr: Global): RuntimeError {
  return new RuntimeError(`\`${expr.cell.name}\` is no longer defined`, expr.span);
}

export function matchFailure(expr: Fail, env: Frame): RuntimeError {
  if (expr.message !== undefined) return new RuntimeError(expr.message, expr.span);
  const shown = expr.args.map((argument) => describeValue(makeNode(argument, env)));
  const detail = shown.length > 0 ? ` for the argument${shown.length > 1 ? "s" : ""} ${shown.join(", ")}` : "";
  return new RuntimeError(`no equation of \`${expr.name}\` matches${detail}`, expr.span);
}

export function asRuntimeError(problem: unknown, rule: Rule | undefined): RuntimeError {
  if (problem instanceof RuntimeError) return problem.withRule(rule);
  if (problem instanceof RangeError) return new RuntimeError("evaluation nested too deeply", undefined, "budget").withRule(rule);
  if (problem instanceof ArithmeticError) return new RuntimeError(problem.message, undefined).withRule(rule);
  throw problem;
}
