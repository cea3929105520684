// The graph reducer: evaluates core terms to weak head normal form with an explicit stack,
// so deep recursion never overflows, evaluation can pause after any reduction, and the whole
// state (focus + stack) can be printed as the current term.

import * as core from "../core/term.ts";
import type {
  Case, Expr, Lambda, LiteralCase, Primitive, PrimitiveCall, Rule, Construct, Let, Fail, Apply, Global, Local,
} from "../core/term.ts";
import type { Span } from "../text/index.ts";
import * as values from "./values.ts";
import type { Frame } from "./values.ts";
import * as numbers from "../core/numbers.ts";
import { CompareWork, compareStep } from "./structural.ts";
import { NormalizeWork, normalizeStep } from "./normalize.ts";
import { CompareFrame, NormalizeFrame, PrimitiveFrame, Stack, APPLY_TO, COMPARE, NORMALIZE, PRIMITIVE, SELECT, UPDATE } from "./stack.ts";
import { asRuntimeError, bindLet, capturedValues, delayFrame, literalMatches, lookup, makeNode, matchFailure, undefinedName } from "./nodes.ts";
import { RuntimeError, describeValue } from "./errors.ts";
import { showValue } from "./show-value.ts";
import { sharedConstant } from "./constants.ts";
import { charsToString, stringToList } from "./strings.ts";

// Local copies of imported constants and classes, which the hot loop reads often.
const { APPLY, CASE, CONSTRUCT, DELAY, FAIL, FIRED, GLOBAL, LAMBDA, LET, LITERAL, LITERAL_CASE, LOCAL, PRIMITIVE_CALL, GlobalReference } = core;
const { Closure, Data, Partial, Thunk, UNDER_EVALUATION, fieldOf } = values;
type Thunk = values.Thunk;
const { ArithmeticError, bigNumberWork } = numbers;

const noArguments: readonly unknown[] = [];

export type Strategy = "need" | "name";

/** Returned by `run` when it stopped because it reached the requested number of reductions. */
export const PAUSED: unique symbol = Symbol("paused");

export interface MachineOptions {
  strategy?: Strategy;
  /** Largest stack (nested evaluations) before evaluation is stopped as runaway. */
  maxDepth?: number;
  /** Called every CHECKPOINT_STEPS reductions of a long evaluation (the interpreter checks memory there); may throw. */
  checkpoint?: () => void;
  /** Milliseconds one `run` may take (counted from its first checkpoint) before it is stopped as runaway. */
  timeBudget?: number;
  /** What one run computes, for the time budget's message (default "the element"). */
  computing?: string;
}

/** Reductions between checkpoints of a long evaluation. */
export const CHECKPOINT_STEPS = 1 << 16;

// Every field is set when a machine is made (`= undefined` included), so that it keeps one hidden
// class in V8 for its whole life: code reading its fields stays monomorphic. (So does the interpreter.)
export class Machine {
  readonly strategy: Strategy;
  /** Strategy "need": thunks are updated with their values. */
  readonly sharing: boolean;
  readonly maxDepth: number;
  /** Reductions so far: unfoldings, applications, case selections, primitive operations. */
  steps = 0;
  /** Rules fired so far (equations of top-level or local functions that matched). */
  firings = 0;
  /** The rule that fired last: named in budget and runaway errors. */
  lastRule: Rule | undefined = undefined;
  /** When set, the patterns of case alternatives chosen are appended here (single-step highlighting). */
  matched: Span[] | undefined = undefined;
  /** When set, call sites and rules are appended here as they are unfolded (for highlighting). */
  trail: Span[] | undefined = undefined;
  /** The reduction counts at which `run` stops: with a budget error, or paused. */
  private budgetEnd = Infinity;
  private pauseLimit = Infinity;
  /** The next reduction count to look at: the budget's end or the next checkpoint. */
  private budgetLimit = Infinity;
  private readonly checkpoint: (() => void) | undefined;
  private readonly timeBudget: number;
  private readonly computing: string;
  /** When the current run reached its first checkpoint (undefined before). */
  private runTimedFrom: number | undefined = undefined;
  /** `checkLimits`, when long evaluations are checked every CHECKPOINT_STEPS reductions (for memory or time). */
  readonly limitCheck: (() => void) | undefined;

  // Registers: either `control` (an expression to evaluate in `env`) or `value` (being returned).
  control: Expr | undefined = undefined;
  env: Frame | undefined = undefined;
  value: unknown = undefined;
  readonly stack = new Stack();

  constructor(options: MachineOptions = {}) {
    this.strategy = options.strategy ?? "need";
    this.sharing = this.strategy === "need";
    this.maxDepth = options.maxDepth ?? 2_000_000;
    this.checkpoint = options.checkpoint;
    this.timeBudget = options.timeBudget ?? Infinity;
    this.computing = options.computing ?? "the element";
    this.limitCheck = this.checkpoint !== undefined || this.timeBudget !== Infinity ? () => this.checkLimits() : undefined;
  }

  /** Sets up evaluation of a node (a thunk or a value) to weak head normal form. */
  begin(node: unknown): void {
    if (this.stack.length > 0) this.stack.clear();
    this.control = undefined;
    this.value = undefined;
    if (node instanceof Thunk) this.enterThunk(node);
    else this.value = node;
  }

  /** Sets up full evaluation of a node: every field evaluated, recursively. */
  beginNormalize(node: unknown, purpose: "value" | "show" = "value"): void {
    this.begin(undefined);
    this.stack.pushFrame(new NormalizeFrame(new NormalizeWork(node), purpose, undefined));
  }

  get idle(): boolean {
    return this.stack.length === 0 && this.control === undefined;
  }

  /** Runs until the evaluation finishes (returning the value) or, if `pauseAfter` is given, that many reductions pass. */
  run(budget: number, pauseAfter = Infinity): unknown {
    this.budgetEnd = this.steps + budget;
    this.startTiming();
    this.budgetLimit = this.nextLimit();
    this.pauseLimit = this.steps + pauseAfter;
    try {
      return this.loop();
    } catch (problem) {
      this.abandon();
      throw asRuntimeError(problem, this.lastRule);
    }
  }

  /** Drops an evaluation in progress; thunks under evaluation become unevaluated again. */
  abandon(): void {
    const stack = this.stack;
    for (let index = 0; index < stack.length; index++) if (stack.kinds[index] === UPDATE) (stack.first[index] as Thunk).value = undefined;
    stack.clear();
    this.control = undefined;
    this.value = undefined;
  }

  private enterThunk(thunk: Thunk): void {
    if (thunk.evaluated) {
      this.value = thunk.value;
      this.control = undefined;
      return;
    }
    if (this.sharing) {
      if (thunk.value === UNDER_EVALUATION) throw new RuntimeError("infinite loop: a value depends on itself (<<loop>>)", undefined);
      thunk.value = UNDER_EVALUATION;
      this.stack.push(UPDATE, thunk, undefined);
    }
    this.control = thunk.expr;
    this.env = thunk.frame;
  }

  /** Counts one reduction; stops a runaway evaluation at the budget. */
  private tick(): void {
    if (++this.steps > this.budgetLimit) this.limitReached();
  }

  /** Counts the work a big-number operation did (see numbers.ts) as reductions. */
  private chargeBigNumbers(): void {
    this.steps += bigNumberWork.reductions - 1;
    bigNumberWork.reductions = 0;
    this.tick();
  }

  private limitReached(): void {
    if (this.steps > this.budgetEnd) throw new RuntimeError("step budget exceeded", undefined, "budget");
    this.checkLimits();
    this.budgetLimit = this.nextLimit();
  }

  private nextLimit(): number {
    return this.limitCheck !== undefined ? Math.min(this.budgetEnd, this.steps + CHECKPOINT_STEPS) : this.budgetEnd;
  }


  /**
   * At a checkpoint of a long evaluation (this machine's, or the compiled path's): the
   * interpreter's checks, and the time budget, counted from the evaluation's first checkpoint.
   */
  checkLimits(): void {
    this.checkpoint?.();
    if (this.timeBudget === Infinity) return;
    const now = performance.now();
    if (this.runTimedFrom === undefined) this.runTimedFrom = now;
    else if (now - this.runTimedFrom > this.timeBudget) {
      throw new RuntimeError(`${this.computing} took longer than ${this.timeBudget.toLocaleString("en-US")} ms to compute`, undefined, "budget");
    }
  }

  /** A new evaluation (a run, or a compiled one) counts its time afresh. */
  startTiming(): void {
    this.runTimedFrom = undefined;
  }

  private loop(): unknown {
    const stack = this.stack;
    for (;;) {
      const expr = this.control;
      // Pause between reductions, but let a rule that just matched fire first (it names the step).
      if (this.steps >= this.pauseLimit && (expr === undefined || expr.kind !== FIRED)) return PAUSED;
      if (expr !== undefined) {
        this.evaluate(expr, this.env as Frame);
        continue;
      }
      if (stack.length === 0) return this.value;
      if (stack.length > this.maxDepth) throw new RuntimeError("evaluation nested too deeply (stack of " + stack.length + " frames)", undefined, "budget");
      this.resume();
    }
  }

  /** One evaluation transition on `expr` in `env`: sets the next control or returned value. */
  private evaluate(expr: Expr, env: Frame): void {
    switch (expr.kind) {
      case LOCAL: {
        const node = lookup(env, expr);
        if (node instanceof Thunk) this.enterThunk(node);
        else this.returnValue(node);
        return;
      }
      case GLOBAL: {
        const definition = expr.cell.definition;
        if (definition === undefined) throw undefinedName(expr);
        if (definition.lambda.arity > 0) return this.returnValue(expr.cell.reference);
        this.tick();
        if (this.trail) this.trail.push(expr.span);
        if (this.sharing && !expr.cell.volatile) return this.enterThunk(sharedConstant(expr.cell, definition));
        const lambda = definition.lambda;
        this.env = new Array(lambda.slots);
        this.enter(lambda.body);
        return;
      }
      case LITERAL:
        return this.returnValue(expr.value);
      case APPLY:
        return this.evaluateApply(expr, env);
      case LAMBDA:
        return this.returnValue(new Closure(expr, capturedValues(expr, env)));
      case LET:
        bindLet(expr.bindings, env);
        return this.enter(expr.body);
      case CASE:
      case LITERAL_CASE: {
        const scrutinee = expr.scrutinee;
        if (scrutinee.kind === LOCAL) {
          const node = lookup(env, scrutinee);
          if (!(node instanceof Thunk)) return this.select(expr, env, node);
          if (node.evaluated) return this.select(expr, env, node.value);
          this.stack.push(SELECT, expr, env);
          return this.enterThunk(node);
        }
        this.stack.push(SELECT, expr, env);
        this.control = scrutinee;
        return;
      }
      case PRIMITIVE_CALL:
        return this.startPrimitive(expr, env);
      case CONSTRUCT:
        return this.returnValue(makeNode(expr, env));
      case FIRED:
        return this.enter(expr);
      case FAIL:
        throw matchFailure(expr, env);
      case DELAY:
        this.env = delayFrame(expr, env);
        this.control = expr.body;
        return;
    }
  }

  /**
   * Makes `body` the next expression. A rule marker is passed at once: it is no reduction, and
   * evaluation never pauses before it anyway (the matched rule names the step).
   */
  private enter(body: Expr): void {
    if (body.kind === FIRED) {
      this.firings++;
      this.lastRule = body.rule;
      if (this.trail) this.trail.push(body.rule.span);
      body = body.body;
    }
    this.control = body;
  }

  private returnValue(value: unknown): void {
    this.value = value;
    this.control = undefined;
  }

  private evaluateApply(expr: Apply, env: Frame): void {
    const args = expr.args;
    const fn = expr.fn;
    if (fn.kind === GLOBAL) {
      const definition = fn.cell.definition;
      if (definition !== undefined && definition.lambda.arity === args.length) {
        this.tick();
        if (this.trail) this.trail.push(fn.span);
        const lambda = definition.lambda;
        const frame = new Array(lambda.slots);
        for (let i = 0; i < args.length; i++) frame[i + 1] = makeNode(args[i], env);
        this.env = frame;
        this.enter(lambda.body);
        return;
      }
    }
    const nodes = new Array(args.length);
    for (let i = 0; i < args.length; i++) nodes[i] = makeNode(args[i], env);
    this.stack.push(APPLY_TO, nodes, undefined);
    this.control = fn;
  }

  /** Chooses a case alternative for an evaluated scrutinee. */
  private select(expr: Case | LiteralCase, env: Frame, value: unknown): void {
    this.tick();
    if (expr.resultSlot >= 0) env[expr.resultSlot] = value;
    if (expr.kind === CASE) {
      if (!(value instanceof Data)) throw new RuntimeError(`a pattern expects a constructor, but the value is ${describeValue(value)}`, expr.span);
      const alternative = expr.byTag[value.con.tag];
      if (alternative !== undefined && alternative.con === value.con) {
        const slots = alternative.fieldSlots;
        for (let i = 0; i < slots.length; i++) if (slots[i] >= 0) env[slots[i]] = fieldOf(value, i);
        if (this.matched) this.matched.push(alternative.span);
        this.enter(alternative.body);
      } else {
        this.enter(expr.fallback);
      }
      this.env = env;
      return;
    }
    for (const alternative of expr.alternatives) {
      if (literalMatches(alternative.value, value)) {
        this.enter(alternative.body);
        this.env = env;
        return;
      }
    }
    this.enter(expr.fallback);
    this.env = env;
  }

  /** Applies a function value to argument nodes. */
  private apply(fn: unknown, args: unknown[]): void {
    if (fn instanceof GlobalReference) {
      const definition = fn.cell.definition;
      if (definition === undefined) throw new RuntimeError(`\`${fn.cell.name}\` is no longer defined`, undefined);
      const lambda = definition.lambda;
      if (lambda.arity === 0) {
        this.stack.push(APPLY_TO, args, undefined);
        this.tick();
        this.env = new Array(lambda.slots);
        this.enter(lambda.body);
        return;
      }
      return this.enterLambda(fn, lambda, undefined, noArguments, args);
    }
    if (fn instanceof Closure) return this.enterLambda(fn, fn.lambda, fn.frame, noArguments, args);
    // A partial application holds a global function or a closure and the arguments it has so far.
    if (fn instanceof Partial) {
      const inner = fn.fn;
      if (inner instanceof Closure) return this.enterLambda(inner, inner.lambda, inner.frame, fn.args, args);
      const definition = (inner as core.GlobalReference).cell.definition;
      if (definition === undefined) throw new RuntimeError(`\`${(inner as core.GlobalReference).cell.name}\` is no longer defined`, undefined);
      return this.enterLambda(inner, definition.lambda, undefined, fn.args, args);
    }
    throw new RuntimeError(`${describeValue(fn)} is applied to an argument, but it is not a function`, undefined);
  }

  /** Enters a lambda with the arguments `given` (of a partial application) followed by `args`. */
  private enterLambda(fn: unknown, lambda: Lambda, parent: Frame | undefined, given: readonly unknown[], args: unknown[]): void {
    const arity = lambda.arity, count = given.length + args.length;
    if (count < arity) return this.returnValue(new Partial(fn, given.length === 0 ? args : given.concat(args)));
    const fromArgs = arity - given.length;
    if (count > arity) this.stack.push(APPLY_TO, args.slice(fromArgs), undefined);
    this.tick();
    const frame = new Array(lambda.slots);
    frame[0] = parent;
    for (let i = 0; i < given.length; i++) frame[i + 1] = given[i];
    for (let i = 0; i < fromArgs; i++) frame[given.length + i + 1] = args[i];
    this.env = frame;
    this.enter(lambda.body);
  }

  private startPrimitive(call: PrimitiveCall, env: Frame): void {
    const primitive = call.primitive;
    const frame = new PrimitiveFrame(primitive, call.args, env, new Array(call.args.length), call.span);
    const needed = primitive.mode === "seq" ? 1 : primitive.mode === "error" || primitive.mode === "show" ? 0 : call.args.length;
    if (primitive.mode === "applyStrict") frame.index = 1;
    this.continuePrimitive(frame, needed);
  }

  /** Evaluates the next argument of a primitive, or performs it when its arguments are ready. */
  private continuePrimitive(frame: PrimitiveFrame, needed: number): void {
    while (frame.index < needed) {
      const expr = frame.args[frame.index];
      let node: unknown;
      if (expr.kind === LITERAL) node = expr.value;
      else if (expr.kind === LOCAL) node = lookup(frame.env, expr);
      else {
        this.stack.pushFrame(frame);
        this.control = expr;
        this.env = frame.env;
        return;
      }
      if (node instanceof Thunk) {
        if (!node.evaluated) {
          this.stack.pushFrame(frame);
          this.enterThunk(node);
          return;
        }
        node = node.value;
      }
      frame.values[frame.index++] = node;
    }
    this.perform(frame);
  }

  private perform(frame: PrimitiveFrame): void {
    const primitive = frame.primitive;
    this.tick();
    switch (primitive.mode) {
      case "strict": {
        const values = frame.values;
        try {
          this.returnValue(values.length === 2 ? primitive.apply!(values[0], values[1]) : primitive.apply!(...values));
        } catch (problem) {
          if (problem instanceof ArithmeticError || problem instanceof RuntimeError) {
            throw new RuntimeError(`${primitive.name}: ${problem.message}`, frame.span);
          }
          throw problem;
        }
        if (bigNumberWork.reductions !== 0) this.chargeBigNumbers();
        return;
      }
      case "seq":
        this.control = frame.args[1];
        this.env = frame.env;
        return;
      case "applyStrict":
        // `f $! x`: x is evaluated first, then f, which is applied to x's value.
        this.stack.push(APPLY_TO, [frame.values[1]], undefined);
        this.control = frame.args[0];
        this.env = frame.env;
        return;
      case "structural": {
        const [left, right] = frame.values;
        const work = new CompareWork(left, right);
        return this.resumeCompare(new CompareFrame(primitive, work, left, right));
      }
      case "error":
      case "show": {
        const node = makeNode(frame.args[0], frame.env);
        return this.resumeNormalize(new NormalizeFrame(new NormalizeWork(node), primitive.mode, frame.span));
      }
    }
  }

  private resumeCompare(frame: CompareFrame): void {
    const outcome = compareStep(frame.work);
    if (typeof outcome === "number") return this.returnValue(frame.primitive.apply!(outcome, frame.left, frame.right));
    this.stack.pushFrame(frame);
    this.enterThunk(outcome);
  }

  private resumeNormalize(frame: NormalizeFrame): void {
    const outcome = normalizeStep(frame.work);
    if (outcome instanceof Thunk) {
      this.stack.pushFrame(frame);
      this.enterThunk(outcome);
      return;
    }
    const value = frame.work.root;
    if (frame.purpose === "value") return this.returnValue(value);
    if (frame.purpose === "show") {
      this.returnValue(stringToList(showValue(value)));
      if (bigNumberWork.reductions !== 0) this.chargeBigNumbers();
      return;
    }
    throw new RuntimeError(charsToString(value), frame.span, "error");
  }

  /** Pops a continuation and gives it the returned value. */
  private resume(): void {
    const stack = this.stack, top = stack.length - 1;
    const kind = stack.kinds[top], first = stack.first[top], second = stack.second[top];
    stack.drop();
    const value = this.value;
    switch (kind) {
      case UPDATE: {
        const thunk = first as Thunk;
        thunk.value = value;
        thunk.expr = undefined;
        thunk.frame = undefined;
        return;
      }
      case SELECT:
        return this.select(first as Case | LiteralCase, second as Frame, value);
      case APPLY_TO:
        return this.apply(value, first as unknown[]);
      case PRIMITIVE: {
        const frame = first as PrimitiveFrame;
        frame.values[frame.index++] = value;
        return this.continuePrimitive(frame, frame.primitive.mode === "seq" ? 1 : frame.values.length);
      }
      case COMPARE: {
        const frame = first as CompareFrame;
        frame.work.received(value);
        return this.resumeCompare(frame);
      }
      case NORMALIZE: {
        const frame = first as NormalizeFrame;
        frame.work.received(value);
        return this.resumeNormalize(frame);
      }
    }
  }
}
