// Building and reading graph nodes outside the machine's loop: variables in frames, argument
// nodes (values when free, else thunks), data cells, literal tests, and runtime error messages.

import * as core from "../core/term.ts";
import type { Construct, Expr, Fail, Global, Local, Rule } from "../core/term.ts";
import * as values from "./values.ts";
import type { Frame } from "./values.ts";
import * as numbers from "../core/numbers.ts";
import { RuntimeError, describeValue } from "./errors.ts";

// Local copies of imported constants and classes (read often on hot paths).
const { CONSTRUCT, GLOBAL, LAMBDA, LITERAL, LOCAL } = core;
const { Char, Closure, Thunk, emptyCell, nullary, setField } = values;
const { ArithmeticError, numbersEqual, isNumber } = numbers;

/** The node of a local variable. */
export function lookup(env: Frame, local: Local): unknown {
  let frame = env;
  for (let depth = local.depth; depth > 0; depth--) frame = frame[0] as Frame;
  return frame[local.index];
}

/** Turns an argument expression into a node without evaluating it: a value when that is free, else a thunk. */
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
      return new Closure(expr, env);
    case CONSTRUCT:
      return construct(expr, env);
    default:
      return new Thunk(expr, env);
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
