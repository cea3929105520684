// The compiled path: evaluates a node with code generated from the core terms, on the JavaScript
// stack, much faster than the machine. When it cannot finish (an error, the step budget, a
// recursion too deep for the JavaScript stack) it hands back: thunks it finished stay updated,
// nothing else changed, and the machine evaluates the same node again from there.

import type { Machine } from "../machine.ts";
import { CONS } from "../../core/builtins.ts";
import { Data } from "../values.ts";
import { BAIL, OUT_OF_STEPS, canCompile, counters, force, nextLimit, normalize } from "./runtime.ts";
import { RuntimeError } from "../errors.ts";

/** Returned when the compiled path handed the evaluation back to the machine. */
export const HANDED_BACK: unique symbol = Symbol("handed back");

/** Returned when the element's step budget ran out (the counts on the machine say where). */
export const OUT_OF_BUDGET: unique symbol = Symbol("out of budget");

/** The counts of a compiled run go to the machine (steps, rules fired, the last rule). */
function countOn(machine: Machine): void {
  machine.steps = counters.steps;
  machine.firings = counters.firings;
  machine.lastRule = counters.lastRule;
  counters.trail = undefined;
}

/** How often evaluations were handed back, by cause (for tests and benchmarks). */
export const handBacks = { signal: 0, stack: 0, error: 0 };

export function compiledPathAvailable(): boolean {
  return canCompile;
}

/**
 * Evaluates the rest of a song's list to its next cell, and that cell's head (the element)
 * fully, within `budget` steps, counting steps, rules and the trail on `machine`; or returns
 * OUT_OF_BUDGET, or HANDED_BACK; throws the runaway error of a checkpoint (memory, time).
 */
export function nextCellCompiled(machine: Machine, node: unknown, budget: number): unknown {
  const trail = machine.trail, trailLength = trail?.length ?? 0;
  counters.steps = machine.steps;
  counters.firings = machine.firings;
  counters.budgetEnd = machine.steps + budget;
  counters.checkpoint = machine.limitCheck;
  counters.limit = nextLimit();
  counters.trail = trail;
  counters.lastRule = machine.lastRule;
  machine.startTiming();
  try {
    const value = force(node);
    if (value instanceof Data && value.con === CONS) value.f0 = normalize(value.f0);
    countOn(machine);
    return value;
  } catch (problem) {
    counters.trail = undefined;
    if (trail !== undefined) trail.length = trailLength;
    if (problem === OUT_OF_STEPS) {
      // Where the machine would stop too: no need to redo the element there (a long wait for a runaway).
      countOn(machine);
      return OUT_OF_BUDGET;
    }
    if (problem instanceof RuntimeError && problem.runaway) {
      // Stopped at a checkpoint (memory, time): redone on the machine, it would only run away again.
      countOn(machine);
      throw problem.withRule(machine.lastRule);
    }
    if (problem === BAIL) handBacks.signal++;
    else if (problem instanceof RangeError) handBacks.stack++;
    else handBacks.error++;
    return HANDED_BACK;
  }
}
