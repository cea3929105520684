// The core term: what the program stage desugars the syntax tree into and the reducer runs.
// Variables are resolved to frame slots, top-level names to live cells, patterns to case trees.

import type { Span } from "../text/index.ts";

/** Expression kinds (numeric, for a fast switch in the reducer). */
export const LOCAL = 0, GLOBAL = 1, LITERAL = 2, APPLY = 3, LAMBDA = 4, LET = 5, CASE = 6,
  LITERAL_CASE = 7, PRIMITIVE_CALL = 8, CONSTRUCT = 9, FIRED = 10, FAIL = 11, DELAY = 12;

export type Expr = Local | Global | Literal | Apply | Lambda | Let | Case | LiteralCase
  | PrimitiveCall | Construct | Fired | Fail | Delay;

/**
 * An expression translated to JavaScript by the reducer on first use: evaluates the expression
 * in a frame to weak head normal form. Cached on the expression (`compiled`, or `bodyCode` for a
 * lambda's body); the program stage only keeps the slot.
 */
export type CompiledCode = (env: unknown[]) => unknown;

/** A data constructor. Stable across live edits as long as its type keeps its shape. */
export class Constructor {
  /** The name, as the engine's one shared copy of that string: compared with a literal, it is compared by identity. */
  readonly name: string;

  constructor(
    name: string,
    readonly module: string,
    /** Position in its data declaration; case alternatives are indexed by it. */
    readonly tag: number,
    readonly arity: number,
    /** Field names for record syntax (printing), or empty. */
    readonly fields: readonly string[],
    /** For operators like `:+:`: fixity used by `show`. */
    readonly fixity: Fixity | undefined,
    /** All constructors of the data type, in declaration order (filled in after creation). */
    public siblings: readonly Constructor[] = [],
    /** A class's dictionary (its superclasses' dictionaries, then its methods): evidence, never printed. */
    readonly dictionary = false,
  ) {
    this.name = internalized(name);
    this.isOperator = !/^[A-Z\[(]/.test(name);
  }

  /** Named by symbols, like `:+:` (printed infix). */
  readonly isOperator: boolean;
}

/** The engine's shared copy of a string (keys of objects are kept that way). */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}

export interface Fixity {
  readonly associativity: "left" | "right" | "none";
  readonly precedence: number;
}

/** A primitive operation of the language, implemented in TypeScript. */
export interface Primitive {
  readonly name: string;
  readonly arity: number;
  /** How the reducer treats arguments: `strict` forces each to weak head normal form first. */
  readonly mode: "strict" | "seq" | "applyStrict" | "error" | "structural" | "show";
  /**
   * `strict`: the operation on arguments in weak head normal form.
   * `structural`: gets the order of the two arguments (-1, 0, 1) and the arguments themselves.
   */
  readonly apply?: (...values: any[]) => unknown;
  /** Its result depends on the world (a control's position), not only on its arguments. */
  readonly volatile?: boolean;
}

const noCaptures: readonly Local[] = Object.freeze([]);

/**
 * The compiled body of a function, lambda or constant. Its frame: slot 0 holds the values the
 * closure captured (read as depth 1), parameters are slots 1..arity, locals follow.
 */
export class Lambda {
  readonly kind = LAMBDA;
  compiled: CompiledCode | undefined = undefined;
  /** The compiled body (see CompiledCode). */
  bodyCode: CompiledCode | undefined = undefined;
  constructor(
    readonly arity: number,
    /** Frame size, slot 0 included. */
    readonly slots: number,
    readonly body: Expr,
    readonly name: string,
    readonly span: Span,
    /**
     * The variables of the enclosing frame the body uses, copied into the closure when it is
     * made (capture i is read in the body as depth 1, index i): a closure keeps alive only
     * what it uses. A top-level function captures nothing.
     */
    readonly captures: readonly Local[] = noCaptures,
  ) {}
}

/** A top-level definition: the current version lives in its cell. */
export interface Definition {
  readonly name: string;
  readonly module: string;
  /** Arity 0 is a constant (CAF): shared within a program version under call-by-need (see reduce/constants.ts). */
  readonly lambda: Lambda;
  readonly span: Span;
}

/** The live binding of one top-level name; a live edit replaces `definition` in place. */
export class GlobalCell {
  definition: Definition | undefined = undefined;
  /** A constant's value shared in the current program version (a thunk of the reducer; see reduce/constants.ts). */
  shared: object | undefined = undefined;
  /** Whether `shared` was used since the reducer last looked. */
  sharedUsed = false;
  /** A constant that reads a control (a slider) directly or through what it uses: never shared. */
  volatile = false;
  /** The function value handed out for this name (applying it reads the current definition). */
  readonly reference: GlobalReference = new GlobalReference(this);
  constructor(
    readonly qualifiedName: string,
    readonly name: string,
    /** The shared constants of the cell's program. */
    readonly sharing: SharedConstants = new SharedConstants(),
    /** An instance's dictionary (see desugar/instances.ts): evidence, never printed. */
    readonly dictionary = false,
  ) {}
}

/** The cells of one program that hold a constant's shared value now (see reduce/constants.ts). */
export class SharedConstants {
  readonly holding = new Set<GlobalCell>();
  /** Counts the program's commits. */
  version = 0;
  /** The earliest version under which a constant closed a loop (a loop from before `version` is stale). */
  oldestLoop = Infinity;
}

/** A top-level function used as a value, e.g. `map f`: applying it reads the current definition. */
export class GlobalReference {
  constructor(readonly cell: GlobalCell) {}
}

/** Names the compiler makes (dictionary parameters, selectors) start with this; they are never printed. */
export const HIDDEN_NAME = "$";

export class Local {
  readonly kind = LOCAL;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly depth: number, readonly index: number, readonly name: string) {}
}

export class Global {
  readonly kind = GLOBAL;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly cell: GlobalCell, readonly span: Span) {}
}

export class Literal {
  readonly kind = LITERAL;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly value: unknown, readonly span: Span | undefined) {}
}

export class Apply {
  readonly kind = APPLY;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly fn: Expr, readonly args: readonly Expr[], readonly span: Span) {}
}

export interface Binding {
  readonly index: number;
  readonly expr: Expr;
}

/** Recursive let: every binding becomes a shared thunk in its slot, then the body runs. */
export class Let {
  readonly kind = LET;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly bindings: readonly Binding[], readonly body: Expr) {}
}

export interface Alternative {
  readonly con: Constructor;
  /** Slot for each field, or -1 where the pattern ignores the field. */
  readonly fieldSlots: readonly number[];
  readonly body: Expr;
  readonly span: Span;
}

/** The function whose parameters a case inspects (to print `f a b` instead of `case a of …`). */
export interface Owner {
  readonly name: string;
  readonly arity: number;
  /** How many of its first parameters are dictionaries (not printed). */
  readonly evidence?: number;
}

/** Evaluates the scrutinee, stores it in `resultSlot` (if ≥ 0) and selects by constructor. */
export class Case {
  readonly kind = CASE;
  compiled: CompiledCode | undefined = undefined;
  /** Indexed by constructor tag; holes where no alternative matches. */
  readonly byTag: (Alternative | undefined)[];
  constructor(
    readonly scrutinee: Expr,
    readonly resultSlot: number,
    readonly alternatives: readonly Alternative[],
    /** Taken when no alternative matches: the next equation, a default, or a match failure. */
    public fallback: Expr,
    readonly span: Span,
    readonly owner?: Owner,
  ) {
    this.byTag = [];
    for (const alternative of alternatives) {
      if (this.byTag[alternative.con.tag] === undefined) this.byTag[alternative.con.tag] = alternative;
    }
  }
}

/** Case on literal numbers or characters, compared by value. */
export class LiteralCase {
  readonly kind = LITERAL_CASE;
  compiled: CompiledCode | undefined = undefined;
  constructor(
    readonly scrutinee: Expr,
    readonly resultSlot: number,
    readonly alternatives: readonly { readonly value: unknown; readonly body: Expr }[],
    public fallback: Expr,
    readonly span: Span,
    readonly owner?: Owner,
  ) {}
}

export class PrimitiveCall {
  readonly kind = PRIMITIVE_CALL;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly primitive: Primitive, readonly args: readonly Expr[], readonly span: Span) {}
}

/** A saturated constructor application: builds the data cell without a call. */
export class Construct {
  readonly kind = CONSTRUCT;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly con: Constructor, readonly args: readonly Expr[], readonly span: Span | undefined) {}
}

/**
 * A suspended expression in an argument position (or a `let`): made into a thunk with a frame
 * of its own, holding copies of only the variables the expression uses (at `captureSlots`)
 * and room for the locals it binds — so a thunk keeps alive only what it can still read.
 */
export class Delay {
  readonly kind = DELAY;
  compiled: CompiledCode | undefined = undefined;
  constructor(
    /** Evaluated in the delay's own frame. */
    readonly body: Expr,
    /** Where each captured variable is in the frame the thunk is made in. */
    readonly captures: readonly Local[],
    /** The slot of the delay's frame each capture goes to. */
    readonly captureSlots: readonly number[],
    /** The delay's frame size (0: no frame at all). */
    readonly slots: number,
  ) {}
}

/** Marks that an equation of a function matched: a rule fired (for stepping, budgets, highlights). */
export class Fired {
  readonly kind = FIRED;
  compiled: CompiledCode | undefined = undefined;
  constructor(readonly rule: Rule, readonly body: Expr) {}
}

export interface Rule {
  /** The function's name, e.g. `merge`. */
  readonly name: string;
  /** The equation's span (left-hand side through its right-hand side). */
  readonly span: Span;
}

/** No equation matched: a pattern-match failure naming the function and its arguments. */
export class Fail {
  readonly kind = FAIL;
  compiled: CompiledCode | undefined = undefined;
  constructor(
    readonly name: string,
    readonly span: Span,
    readonly args: readonly Expr[],
    /** Said instead of "no equation of `name` matches" (a method no instance or default defines). */
    readonly message?: string,
  ) {}
}
