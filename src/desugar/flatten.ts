// Closure conversion: the desugared core, whose frames link to their parents (a variable is
// "so many frames out, slot n"), becomes flat — every closure and every thunk gets copies of
// only the variables its code uses. A lambda's captures go into its closure (read as depth 1);
// a suspended expression becomes a `Delay` whose thunk has a frame of its own (captures and
// its own locals). So nothing the reducer makes keeps a whole defining frame alive: a lambda
// passed to `zipWith` beside a knot-tied list no longer holds the list's head (safe for space).

import {
  Apply, Case, Construct, Delay, Fail, Fired, Lambda, Let, LiteralCase, Local, PrimitiveCall,
  APPLY, CASE, CONSTRUCT, DELAY, FAIL, FIRED, GLOBAL, LAMBDA, LET, LITERAL, LITERAL_CASE, LOCAL, PRIMITIVE_CALL,
  type Binding, type Expr,
} from "../core/term.ts";

/** The flat form of a top-level definition's lambda (it captures nothing). */
export function flattenDefinition(lambda: Lambda): Lambda {
  return new Flattener().lambda(lambda, undefined);
}

/** Flat lambdas of closed lambdas (constructor and primitive wrappers are shared by every module). */
const closedLambdas = new WeakMap<Lambda, Lambda>();

/**
 * The frame being laid out: a function's or closure's body, or a delay. Variables of the
 * desugared term are keyed by the position of their frame in the chain of enclosing lambdas
 * and their slot there.
 */
class FrameLayout {
  private readonly slots = new Map<number, number>();
  /** A closure's captured variables: their index in the captured values (depth 1). */
  private readonly captured = new Map<number, number>();
  readonly captures: Local[] = [];
  /** A delay's captures are copied into its own frame, at these slots. */
  readonly captureSlots: number[] = [];
  /** Expressions already converted in this frame (a decision tree shares its fallbacks). */
  readonly converted = new Map<Expr, Expr>();

  constructor(readonly kind: "function" | "closure" | "delay", readonly parent: FrameLayout | undefined, public size: number) {}

  /** The slot of a variable bound in this frame (the same slot each time it is bound again). */
  bind(key: number): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.size++;
      this.slots.set(key, slot);
    }
    return slot;
  }

  bindAt(key: number, slot: number): void {
    this.slots.set(key, slot);
  }

  /** A variable as this frame reads it, captured from the enclosing frames if bound there. */
  variable(key: number, name: string): Local {
    const slot = this.slots.get(key);
    if (slot !== undefined) return new Local(0, slot, name);
    const index = this.captured.get(key);
    if (index !== undefined) return new Local(1, index, name);
    if (this.parent === undefined) throw new Error(`internal error: the variable \`${name}\` is bound nowhere`);
    const outer = this.parent.variable(key, name);
    this.captures.push(outer);
    if (this.kind === "closure") {
      this.captured.set(key, this.captures.length - 1);
      return new Local(1, this.captures.length - 1, name);
    }
    const own = this.size++;
    this.slots.set(key, own);
    this.captureSlots.push(own);
    return new Local(0, own, name);
  }
}

/** Slots per lambda in a variable's key (frames are far smaller). */
const KEY_STRIDE = 1 << 20;

class Flattener {
  /** How many desugared lambdas enclose the expression being converted. */
  private depth = 0;

  /** The key of a desugared variable: its frame's position among the enclosing lambdas, and its slot. */
  private key(depth: number, index: number): number {
    return (this.depth - depth) * KEY_STRIDE + index;
  }

  lambda(lambda: Lambda, enclosing: FrameLayout | undefined): Lambda {
    const known = closedLambdas.get(lambda);
    if (known !== undefined) return known;
    this.depth++;
    const frame = new FrameLayout(enclosing === undefined ? "function" : "closure", enclosing, lambda.arity + 1);
    for (let parameter = 1; parameter <= lambda.arity; parameter++) frame.bindAt(this.key(0, parameter), parameter);
    const body = this.evaluated(lambda.body, frame);
    this.depth--;
    const flat = new Lambda(lambda.arity, frame.size, body, lambda.name, lambda.span, frame.captures);
    if (frame.captures.length === 0) closedLambdas.set(lambda, flat);
    return flat;
  }

  /** An expression in a position where it is evaluated in `frame`. */
  private evaluated(expr: Expr, frame: FrameLayout): Expr {
    let converted = frame.converted.get(expr);
    if (converted === undefined) {
      converted = this.convert(expr, frame);
      frame.converted.set(expr, converted);
    }
    return converted;
  }

  private convert(expr: Expr, frame: FrameLayout): Expr {
    switch (expr.kind) {
      case LOCAL:
        return frame.variable(this.key(expr.depth, expr.index), expr.name);
      case GLOBAL:
      case LITERAL:
        return expr;
      case LAMBDA:
        return this.lambda(expr, frame);
      case APPLY:
        return new Apply(this.evaluated(expr.fn, frame), expr.args.map((argument) => this.node(argument, frame)), expr.span);
      case CONSTRUCT:
        return new Construct(expr.con, expr.args.map((argument) => this.node(argument, frame)), expr.span);
      case LET: {
        const slots = expr.bindings.map((binding) => frame.bind(this.key(0, binding.index)));
        const bindings = expr.bindings.map((binding, index): Binding => ({ index: slots[index], expr: this.bound(binding.expr, frame) }));
        return new Let(bindings, this.evaluated(expr.body, frame));
      }
      case CASE: {
        const scrutinee = this.evaluated(expr.scrutinee, frame);
        const resultSlot = this.binder(expr.resultSlot, frame);
        const alternatives = expr.alternatives.map((alternative) => ({
          ...alternative,
          fieldSlots: alternative.fieldSlots.map((slot) => this.binder(slot, frame)),
          body: this.evaluated(alternative.body, frame),
        }));
        return new Case(scrutinee, resultSlot, alternatives, this.evaluated(expr.fallback, frame), expr.span, expr.owner);
      }
      case LITERAL_CASE: {
        const scrutinee = this.evaluated(expr.scrutinee, frame);
        const resultSlot = this.binder(expr.resultSlot, frame);
        const alternatives = expr.alternatives.map((alternative) => ({ value: alternative.value, body: this.evaluated(alternative.body, frame) }));
        return new LiteralCase(scrutinee, resultSlot, alternatives, this.evaluated(expr.fallback, frame), expr.span, expr.owner);
      }
      case PRIMITIVE_CALL: {
        // `error` and `show` take their argument unevaluated; every other primitive evaluates its arguments in place.
        const lazy = expr.primitive.mode === "error" || expr.primitive.mode === "show";
        const args = expr.args.map((argument) => (lazy ? this.node(argument, frame) : this.evaluated(argument, frame)));
        return new PrimitiveCall(expr.primitive, args, expr.span);
      }
      case FIRED:
        return new Fired(expr.rule, this.evaluated(expr.body, frame));
      case FAIL:
        return new Fail(expr.name, expr.span, expr.args.map((argument) => this.node(argument, frame)));
      case DELAY:
        throw new Error("internal error: a term is flattened twice");
    }
  }

  /** A slot bound by a case (or -1 for none), in this frame's numbering. */
  private binder(slot: number, frame: FrameLayout): number {
    return slot < 0 ? slot : frame.bind(this.key(0, slot));
  }

  /** An expression in an argument position: what needs no evaluation stays, anything else is delayed. */
  private node(expr: Expr, frame: FrameLayout): Expr {
    switch (expr.kind) {
      case LOCAL:
      case GLOBAL:
      case LITERAL:
      case LAMBDA:
      case CONSTRUCT:
        return this.evaluated(expr, frame);
      default:
        return this.delay(expr, frame);
    }
  }

  /**
   * A `let`-bound expression: made before its siblings are all in place, so a variable (which
   * may name a sibling) is delayed too.
   */
  private bound(expr: Expr, frame: FrameLayout): Expr {
    return expr.kind === LOCAL ? this.delay(expr, frame) : this.node(expr, frame);
  }

  private delay(expr: Expr, enclosing: FrameLayout): Delay {
    const frame = new FrameLayout("delay", enclosing, 0);
    const body = this.evaluated(expr, frame);
    return new Delay(body, frame.captures, frame.captureSlots, frame.size);
  }
}
