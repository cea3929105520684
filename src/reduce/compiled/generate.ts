// The code generator of the compiled path: translates a core expression into the source of a
// JavaScript function `(env) => value` that evaluates it to weak head normal form, doing the
// same reductions as the machine (same thunks, frames, cells, step and rule counts), with
// nested evaluations on the JavaScript stack instead of the machine's explicit one.

import * as core from "../../core/term.ts";
import type { Expr, GlobalCell, Local } from "../../core/term.ts";
import { nullary } from "../values.ts";

const { APPLY, CASE, CONSTRUCT, DELAY, FAIL, FIRED, GLOBAL, LAMBDA, LET, LITERAL, LITERAL_CASE, LOCAL, PRIMITIVE_CALL } = core;

/** Nesting depth of generated expressions beyond which a node is built by the interpreter's `makeNode`. */
const MAX_NESTING = 40;
/** Calls of 1..4 arguments are written out at their site (frames by `frame1` … `frame4`); more go through `callMany`. */
const CALLS_WRITTEN_OUT = 4;

/**
 * The text of a function body over `env`, the constants it names `k0`, `k1`, …, and the
 * expressions whose compiled code it names `c0`, `c1`, … (thunks it makes, parts it calls).
 */
export interface GeneratedCode {
  readonly body: string;
  readonly constants: readonly unknown[];
  readonly codes: readonly Expr[];
}

export function generate(expr: Expr): GeneratedCode {
  const generator = new Generator(expr);
  const body = generator.returning(expr, 0);
  return { body, constants: generator.constants, codes: generator.codes };
}

class Generator {
  private readonly constantNames = new NameTable<unknown>("k");
  private readonly codeNames = new NameTable<Expr>("c");
  readonly constants = this.constantNames.values;
  readonly codes = this.codeNames.values;
  private variables = 0;
  /** Expressions reached along more than one path (a decision tree's shared fallbacks): called, not inlined. */
  private readonly reachedTwice: Set<Expr>;

  constructor(root: Expr) {
    this.reachedTwice = reachedTwice(root);
  }

  constant(value: unknown): string {
    return this.constantNames.name(value);
  }

  /** The name of the compiled code of `expr`. */
  codeOf(expr: Expr): string {
    return this.codeNames.name(expr);
  }

  /** Statements that evaluate `expr` and return its value. */
  returning(expr: Expr, nesting: number): string {
    if (this.reachedTwice.has(expr) && nesting > 0) return `return ${this.codeOf(expr)}(env);\n`;
    switch (expr.kind) {
      case CASE: {
        const value = this.variable();
        let text = this.scrutinize(expr, value, nesting);
        const alternatives = expr.alternatives.filter((alternative) => expr.byTag[alternative.con.tag] === alternative);
        // A few alternatives: compare constructors one by one; more: jump by the constructor's tag.
        const chained = alternatives.length <= 4;
        text += `const ${value}c = ${value}.con;\n` + (chained ? "" : `switch (${value}c.tag) {\n`);
        for (const alternative of alternatives) {
          const test = `if (${value}c === ${this.constant(alternative.con)}) {\n`;
          text += chained ? test : `case ${alternative.con.tag}: ${test}`;
          alternative.fieldSlots.forEach((slot, index) => {
            if (slot >= 0) text += `env[${slot}] = ${field(value, index)};\n`;
          });
          text += this.returning(alternative.body, nesting + 1) + (chained ? "}\n" : "}\nbreak;\n");
        }
        // A value that is not a constructor is the machine's error to report (as is a failed match).
        const notConstructor = expr.fallback.kind === FAIL ? "" : `if (${value}c === undefined) return bail();\n`;
        return text + (chained ? "" : "}\n") + notConstructor + this.returning(expr.fallback, nesting + 1);
      }
      case LITERAL_CASE: {
        const value = this.variable();
        let text = this.scrutinize(expr, value, nesting);
        for (const alternative of expr.alternatives) {
          const pattern = this.constant(alternative.value);
          const test = typeof alternative.value === "number"
            ? `(typeof ${value} === "number" ? ${value} === ${pattern} : literalMatches(${pattern}, ${value}))`
            : `literalMatches(${pattern}, ${value})`;
          text += `if (${test}) {\n${this.returning(alternative.body, nesting + 1)}}\n`;
        }
        return text + this.returning(expr.fallback, nesting + 1);
      }
      case LET: {
        // As the machine's `bindLet`: every binding's node first, then captures and fields (bindings refer to one another).
        let text = "";
        for (const binding of expr.bindings) {
          const bound = binding.expr;
          const node = bound.kind === CONSTRUCT && bound.args.length > 0
            ? cell(this.constant(bound.con), bound.args.map(() => "undefined"))
            : bound.kind === LAMBDA ? `new Closure(${this.constant(bound)}, undefined)`
            : bound.kind === DELAY ? `new Thunk(${this.constant(bound.body)}, undefined, ${this.codeOf(bound.body)})`
            : this.node(bound, nesting + 1);
          text += `env[${binding.index}] = ${node};\n`;
        }
        for (const binding of expr.bindings) {
          const bound = binding.expr;
          if (bound.kind === CONSTRUCT && bound.args.length > 0) {
            text += `{ const d = env[${binding.index}];\n`;
            bound.args.forEach((argument, index) => (text += `${field("d", index)} = ${this.node(argument, nesting + 1)};\n`));
            text += "}\n";
          } else if (bound.kind === LAMBDA && bound.captures.length > 0) {
            text += `env[${binding.index}].frame = ${captured(bound)};\n`;
          } else if (bound.kind === DELAY && bound.slots > 0) {
            text += `env[${binding.index}].frame = ${this.delayFrame(bound)};\n`;
          }
        }
        return text + this.returning(expr.body, nesting + 1);
      }
      case FIRED:
        return `fire(${this.constant(expr.rule)});\n` + this.returning(expr.body, nesting + 1);
      case FAIL:
        return "return bail();\n";
      default:
        return `return ${this.value(expr, nesting)};\n`;
    }
  }

  /** Evaluates a case's scrutinee into `value`, stores it in the result slot and counts the selection. */
  private scrutinize(expr: core.Case | core.LiteralCase, value: string, nesting: number): string {
    let text = `const ${value} = ${this.value(expr.scrutinee, nesting + 1)};\n`;
    if (expr.resultSlot >= 0) text += `env[${expr.resultSlot}] = ${value};\n`;
    return text + "tick();\n";
  }

  /** A JavaScript expression for the value of `expr` (weak head normal form). */
  value(expr: Expr, nesting: number): string {
    if (nesting > MAX_NESTING || this.reachedTwice.has(expr)) return `${this.codeOf(expr)}(env)`;
    switch (expr.kind) {
      case LOCAL:
        // `force` written out: each variable's evaluation gets a call site of its own in V8.
        return `((t = ${lookup(expr)}) instanceof Thunk ? (t.expr === undefined ? t.value : settle(t, (t.code ?? code(t.expr))(t.frame))) : t)`;
      case LITERAL:
        return this.constant(expr.value);
      case LAMBDA:
        return this.closure(expr);
      case CONSTRUCT:
        return this.node(expr, nesting);
      case DELAY:
        return `${this.codeOf(expr.body)}(${this.delayFrame(expr)})`;
      case GLOBAL:
        return `unfold(${this.constant(expr.cell)}, ${this.constant(expr.span)})`;
      case APPLY: {
        const args = expr.args.map((argument) => this.node(argument, nesting + 1));
        if (expr.fn.kind === GLOBAL) {
          const cell = this.constant(expr.fn.cell), span = this.constant(expr.fn.span);
          if (args.length <= CALLS_WRITTEN_OUT) {
            // The body is called here, not in a shared helper: V8 sees one callee per site and calls it directly.
            const list = args.join(", ");
            return `((l = callee(${cell}, ${span}, ${args.length})) !== undefined ? (l.bodyCode ?? bodyCode(l))(${frame(expr.fn.cell, list, args.length)}) : callOther(${cell}, ${span}, [${list}]))`;
          }
          return `callMany(${cell}, ${span}, [${args.join(", ")}])`;
        }
        const fn = this.value(expr.fn, nesting + 1);
        return args.length === 1 ? `apply1(${fn}, ${args[0]})` : `apply(${fn}, [${args.join(", ")}])`;
      }
      case PRIMITIVE_CALL:
        return this.primitive(expr, nesting);
      case FIRED:
        return `(fire(${this.constant(expr.rule)}), ${this.value(expr.body, nesting + 1)})`;
      case FAIL:
        return "bail()";
      case LET:
      case CASE:
      case LITERAL_CASE:
        return `${this.codeOf(expr)}(env)`;
    }
  }

  private primitive(expr: core.PrimitiveCall, nesting: number): string {
    const primitive = expr.primitive, args = expr.args;
    const name = this.constant(primitive);
    const value = (index: number) => this.value(args[index], nesting + 1);
    switch (primitive.mode) {
      case "strict": {
        // Called at the site (V8 sees one primitive per site), counted when done (the count is the same).
        return `counted(${name}.apply(${args.map((_, index) => value(index)).join(", ")}))`;
      }
      case "seq":
        return `(${value(0)}, tick(), ${value(1)})`;
      case "applyStrict": {
        // `f a … $! x` with a top-level f: x is evaluated and the `$!` counted, then f is entered
        // directly with it (what the machine does, without the partial application).
        const fn = args[0];
        if (fn.kind === APPLY && fn.fn.kind === GLOBAL && fn.args.length < CALLS_WRITTEN_OUT) {
          const cell = this.constant(fn.fn.cell), count = fn.args.length + 1;
          const list = [...fn.args.map((argument) => this.node(argument, nesting + 1)), "s"].join(", ");
          return `(s = ${value(1)}, tick(), (l = calleeUnmarked(${cell}, ${count})) !== undefined ? (l.bodyCode ?? bodyCode(l))(${frame(fn.fn.cell, list, count)}) : apply1(${this.codeOf(fn)}(env), s))`;
        }
        return `(s = ${value(1)}, tick(), apply1(${value(0)}, s))`;
      }
      case "structural":
        return `structural(${name}, ${value(0)}, ${value(1)})`;
      case "show":
        return `show(${this.node(args[0], nesting + 1)})`;
      case "error":
        return "bail()";
    }
  }

  /** A JavaScript expression building the node of `expr` without evaluating it (the machine's `makeNode`). */
  node(expr: Expr, nesting: number): string {
    switch (expr.kind) {
      case LITERAL:
        return this.constant(expr.value);
      case LOCAL:
        return lookup(expr);
      case LAMBDA:
        return this.closure(expr);
      case GLOBAL:
        return `globalNode(${this.constant(expr)}, ${this.codeOf(expr)})`;
      case DELAY:
        return `new Thunk(${this.constant(expr.body)}, ${this.delayFrame(expr)}, ${this.codeOf(expr.body)})`;
      case CONSTRUCT: {
        if (expr.args.length === 0) return this.constant(nullary(expr.con));
        if (nesting > MAX_NESTING) return `makeNode(${this.constant(expr)}, env)`;
        return cell(this.constant(expr.con), expr.args.map((argument) => this.node(argument, nesting + 1)));
      }
      default:
        return `makeNode(${this.constant(expr)}, env)`;
    }
  }

  private closure(lambda: core.Lambda): string {
    return `new Closure(${this.constant(lambda)}, ${lambda.captures.length > 0 ? captured(lambda) : "undefined"})`;
  }

  /** The frame of a thunk of `delay`: an array literal with the captured variables in place, when small. */
  private delayFrame(delay: core.Delay): string {
    if (delay.slots === 0) return "undefined";
    if (delay.slots > LITERAL_FRAME_SLOTS) return `delayFrame(${this.constant(delay)}, env)`;
    const slots: string[] = new Array(delay.slots).fill("undefined");
    delay.captureSlots.forEach((slot, index) => (slots[slot] = lookup(delay.captures[index])));
    return `[${slots.join(", ")}]`;
  }

  private variable(): string {
    return "v" + this.variables++;
  }
}

/** Names `k0`, `k1`, … for the distinct values a generated function refers to. */
class NameTable<T> {
  readonly values: T[] = [];
  private readonly names = new Map<T, string>();
  constructor(private readonly prefix: string) {}

  name(value: T): string {
    let name = this.names.get(value);
    if (name === undefined) {
      name = this.prefix + this.values.length;
      this.values.push(value);
      this.names.set(value, name);
    }
    return name;
  }
}

/** Frames of at most this many slots are written as array literals where the callee's size is known. */
const LITERAL_FRAME_SLOTS = 12;

/**
 * The frame for a call of the function in `cell` (the lambda `l`) with `count` arguments: an array
 * literal of the size its definition has now (V8 allocates it whole), else built to `l`'s size.
 */
function frame(cell: GlobalCell, list: string, count: number): string {
  const slots = cell.definition?.lambda.slots;
  const built = `frame${count}(l, ${list})`;
  if (slots === undefined || slots > LITERAL_FRAME_SLOTS || slots <= count) return built;
  return `(l.slots === ${slots} ? [undefined, ${list}${", undefined".repeat(slots - 1 - count)}] : ${built})`;
}

/** A JavaScript expression building a cell of the constructor named `con` with the given fields (see `Data`). */
function cell(con: string, fields: readonly string[]): string {
  const [first = "undefined", second = "undefined"] = fields;
  return fields.length > 2 ? `new WideData(${con}, ${first}, ${second}, [${fields.slice(2).join(", ")}])` : `new Data(${con}, ${first}, ${second})`;
}

/** The captured values of a closure of `lambda`, as an array literal. */
function captured(lambda: core.Lambda): string {
  return `[${lambda.captures.map(lookup).join(", ")}]`;
}

/** The field `index` of the cell in the variable `cell`. */
function field(cell: string, index: number): string {
  return index === 0 ? `${cell}.f0` : index === 1 ? `${cell}.f1` : `${cell}.rest[${index - 2}]`;
}

function lookup(local: Local): string {
  return "env" + "[0]".repeat(local.depth) + `[${local.index}]`;
}

/** Kinds compiled to statements: duplicating them could grow the code; other kinds are small expressions. */
const STATEMENT_KINDS: ReadonlySet<number> = new Set([CASE, LITERAL_CASE, LET, FIRED]);

/** Subexpressions of `root` reachable along more than one path (a decision tree's shared fallbacks). */
function reachedTwice(root: Expr): Set<Expr> {
  const seen = new Set<Expr>(), twice = new Set<Expr>();
  const visit = (expr: Expr): void => {
    if (seen.has(expr)) {
      if (STATEMENT_KINDS.has(expr.kind)) twice.add(expr);
      return;
    }
    seen.add(expr);
    for (const child of evaluatedChildren(expr)) visit(child);
  };
  visit(root);
  return twice;
}

/** The subexpressions that generated code for `expr` evaluates in the same function. */
function evaluatedChildren(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case CASE:
      return [expr.scrutinee, ...expr.alternatives.map((alternative) => alternative.body), expr.fallback];
    case LITERAL_CASE:
      return [expr.scrutinee, ...expr.alternatives.map((alternative) => alternative.body), expr.fallback];
    case LET:
      return [expr.body];
    case FIRED:
      return [expr.body];
    case APPLY:
      return [expr.fn];
    case PRIMITIVE_CALL:
      return expr.args;
    default:
      return [];
  }
}
