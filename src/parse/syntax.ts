// The syntax tree the parser turns tokens into: names, expressions, patterns and types of a
// Haskell subset, close to the source. Infix chains stay unresolved; every node has a `span`.
// Declarations and modules are in declarationSyntax.ts.

import type { Span } from "../text/index.ts";
import type { Literal } from "../lex/index.ts";
import type { Declaration } from "./declarationSyntax.ts";

export type { Literal } from "../lex/index.ts";

// ---------------------------------------------------------------------------------------------
// Names

/**
 * A name as written, possibly qualified: `x`, `M.x`, `Just`, `A.B.C`, `+`, `M.+`, `:+:`.
 * Operators are stored without parentheses or backticks: `(+)` and `` `div` `` give `+` and `div`.
 * Built-in constructors have these texts: `()`, `[]`, `(,)`, `(,,)`, … and, in types, `->`.
 * Constructors start with an upper-case letter or `:`; operators are made of symbols.
 */
export interface Name {
  /** `A.B` for `A.B.x`; undefined when unqualified. */
  readonly qualifier: string | undefined;
  readonly text: string;
  readonly span: Span;
}

/** A module name such as `Midi` or `Data.List`. */
export interface ModuleName {
  readonly text: string;
  readonly span: Span;
}

/** An operator in an infix chain: `+`, `M.+`, `` `div` ``, `:`, `:+:`, `` `Cons` ``. */
export interface InfixOperator {
  readonly kind: "operator";
  readonly name: Name;
  /** Written in backticks: `` a `div` b ``. */
  readonly backticked: boolean;
  /** A constructor operator: `:`, `:+:`, `` `Cons` ``. */
  readonly constructor: boolean;
  /** Includes the backticks. */
  readonly span: Span;
}

/** A prefix minus in an expression chain: `- x`, `a * - b` (resolved at precedence 6 later). */
export interface Negation {
  readonly kind: "negate";
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | VarExpr
  | ConExpr
  | LiteralExpr
  | AppExpr
  | InfixExpr
  | ParenExpr
  | LeftSection
  | RightSection
  | TupleExpr
  | ListExpr
  | RangeExpr
  | ComprehensionExpr
  | LambdaExpr
  | LetExpr
  | IfExpr
  | CaseExpr
  | DoExpr
  | TypedExpr
  | RecordConstruction
  | RecordUpdate;

/** A variable: `x`, `M.x`, or an operator used as a value: `(+)`, `(M.++)`, `(-)`. */
export interface VarExpr {
  readonly kind: "var";
  readonly name: Name;
  readonly span: Span;
}

/** A constructor: `Just`, `M.Just`, `(:+:)`, `(:)`, `()`, `[]`, `(,)`, `(,,)`. */
export interface ConExpr {
  readonly kind: "con";
  readonly name: Name;
  readonly span: Span;
}

export interface LiteralExpr {
  readonly kind: "literal";
  readonly literal: Literal;
  readonly span: Span;
}

/** `f a b c`: one node for the whole application, arguments in order (at least one). */
export interface AppExpr {
  readonly kind: "app";
  readonly function: Expr;
  readonly args: readonly Expr[];
  readonly span: Span;
}

/**
 * An unresolved infix chain: `a + b * c`, `- x`, `x : xs ++ ys`, `` a `div` 2 ``.
 * `items` is the sequence of the Haskell report's fixity resolution (section 10.6): operands
 * (any other `Expr`), `InfixOperator`s between them, and `Negation`s in front of operands.
 * It holds at least one operator or negation; operands are never themselves unparenthesized
 * chains, so `(a + b) * c` has a `ParenExpr` operand.
 */
export interface InfixExpr {
  readonly kind: "infix";
  readonly items: readonly (Expr | InfixOperator | Negation)[];
  readonly span: Span;
}

/** `( e )`: grouping only, kept for spans and printing. `(- 1)` is a paren around a negation. */
export interface ParenExpr {
  readonly kind: "paren";
  readonly inner: Expr;
  readonly span: Span;
}

/** `(x +)`, `(a * b +)`: the operand may be an infix chain; its fixity is checked later. */
export interface LeftSection {
  readonly kind: "leftSection";
  readonly operand: Expr;
  readonly operator: InfixOperator;
  readonly span: Span;
}

/** `(+ 1)`, `` (`div` 2) ``, `(: [])`. Never with `-`: `(- 1)` is negation. */
export interface RightSection {
  readonly kind: "rightSection";
  readonly operator: InfixOperator;
  readonly operand: Expr;
  readonly span: Span;
}

/** `(a, b, c)`: two or more elements. Unit `()` is a `ConExpr`. */
export interface TupleExpr {
  readonly kind: "tuple";
  readonly elements: readonly Expr[];
  readonly span: Span;
}

/** `[a, b, c]`: one or more elements. The empty list `[]` is a `ConExpr`. */
export interface ListExpr {
  readonly kind: "list";
  readonly elements: readonly Expr[];
  readonly span: Span;
}

/** Arithmetic sequences: `[a ..]`, `[a .. c]`, `[a, b ..]`, `[a, b .. c]`. */
export interface RangeExpr {
  readonly kind: "range";
  readonly from: Expr;
  /** The second element, `b` in `[a, b ..]`. */
  readonly second: Expr | undefined;
  readonly to: Expr | undefined;
  readonly span: Span;
}

/** `[e | x <- xs, x > 0, let y = x]`: qualifiers are bind, let and guard statements. */
export interface ComprehensionExpr {
  readonly kind: "comprehension";
  readonly element: Expr;
  readonly qualifiers: readonly Statement[];
  readonly span: Span;
}

/** `\p1 p2 -> body`: one or more parameters. */
export interface LambdaExpr {
  readonly kind: "lambda";
  readonly parameters: readonly Pattern[];
  readonly body: Expr;
  readonly span: Span;
}

export interface LetExpr {
  readonly kind: "let";
  readonly declarations: readonly Declaration[];
  readonly body: Expr;
  readonly span: Span;
}

export interface IfExpr {
  readonly kind: "if";
  readonly condition: Expr;
  readonly thenBranch: Expr;
  readonly elseBranch: Expr;
  readonly span: Span;
}

export interface CaseExpr {
  readonly kind: "case";
  readonly scrutinee: Expr;
  readonly alternatives: readonly Alternative[];
  readonly span: Span;
}

/** `p -> e`, or `p | g1 -> e1 | g2 -> e2`, with an optional `where`. */
export interface Alternative {
  readonly pattern: Pattern;
  readonly rhs: RightHandSide;
  readonly span: Span;
}

/** `do { stmts }`: the parser ensures that the last statement is an `expression` statement. */
export interface DoExpr {
  readonly kind: "do";
  readonly statements: readonly Statement[];
  readonly span: Span;
}

/** `e :: T`. */
export interface TypedExpr {
  readonly kind: "typed";
  readonly expression: Expr;
  readonly context: readonly Constraint[];
  readonly type: Type;
  readonly span: Span;
}

/** `C { f = e, g = e2 }` (also `C {}`). */
export interface RecordConstruction {
  readonly kind: "recordConstruction";
  readonly constructor: Name;
  readonly fields: readonly FieldBinding[];
  readonly span: Span;
}

/** `r { f = e }`, where `r` is any atomic expression. */
export interface RecordUpdate {
  readonly kind: "recordUpdate";
  readonly record: Expr;
  readonly fields: readonly FieldBinding[];
  readonly span: Span;
}

export interface FieldBinding {
  readonly field: Name;
  readonly value: Expr;
  readonly span: Span;
}

/**
 * A statement of a `do` block, a qualifier of a list comprehension, or a condition of a guard:
 * `p <- e` (bind), `let decls` (let), or a plain expression (in guards and comprehensions: a
 * boolean condition).
 */
export type Statement =
  | { readonly kind: "bind"; readonly pattern: Pattern; readonly expression: Expr; readonly span: Span }
  | { readonly kind: "let"; readonly declarations: readonly Declaration[]; readonly span: Span }
  | { readonly kind: "expression"; readonly expression: Expr; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Right-hand sides of equations and case alternatives

/**
 * `= e where decls`, or `| g1 = e1 | g2 = e2 where decls` (`->` instead of `=` in `case`).
 * `where` is empty when there is no `where` clause; its bindings scope over all guards.
 */
export type RightHandSide =
  | {
      readonly kind: "unguarded";
      readonly expression: Expr;
      readonly where: readonly Declaration[];
      readonly span: Span;
    }
  | {
      readonly kind: "guarded";
      readonly guards: readonly Guard[];
      readonly where: readonly Declaration[];
      readonly span: Span;
    };

/** `| c1, c2 = e`: `otherwise` is an ordinary variable; pattern guards are `bind` statements. */
export interface Guard {
  readonly conditions: readonly Statement[];
  readonly expression: Expr;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Patterns

export type Pattern =
  | { readonly kind: "var"; readonly name: Name; readonly span: Span }
  | { readonly kind: "wildcard"; readonly span: Span }
  /** `1`, `-1`, `0.5`, `'c'`, `"text"`: a negative literal pattern has its value negated here. */
  | { readonly kind: "literal"; readonly literal: Literal; readonly span: Span }
  /** `Just p`, `M.Nothing`, `[]`, `()`, `(,) a b`: a constructor and its arguments (maybe none). */
  | { readonly kind: "con"; readonly name: Name; readonly args: readonly Pattern[]; readonly span: Span }
  /** `(p, q)`: two or more elements. */
  | { readonly kind: "tuple"; readonly elements: readonly Pattern[]; readonly span: Span }
  /** `[p, q]`: one or more elements (`[]` is a `con`). */
  | { readonly kind: "list"; readonly elements: readonly Pattern[]; readonly span: Span }
  /**
   * An unresolved chain of constructor operators: `x : xs`, `a :+: b`, `` x `Cons` y : z ``.
   * `items` alternates operand, operator, operand, …: odd length, operators at odd indices.
   */
  | {
      readonly kind: "infix";
      readonly items: readonly (Pattern | InfixOperator)[];
      readonly span: Span;
    }
  /** `xs@p`. */
  | { readonly kind: "as"; readonly name: Name; readonly pattern: Pattern; readonly span: Span }
  /** `~p`. */
  | { readonly kind: "lazy"; readonly pattern: Pattern; readonly span: Span }
  /** `!p`. */
  | { readonly kind: "bang"; readonly pattern: Pattern; readonly span: Span }
  /** `( p )`: grouping only. */
  | { readonly kind: "paren"; readonly pattern: Pattern; readonly span: Span }
  /** `C { f = p }`, `C {}`. */
  | {
      readonly kind: "record";
      readonly constructor: Name;
      readonly fields: readonly FieldPattern[];
      readonly span: Span;
    };

export interface FieldPattern {
  readonly field: Name;
  readonly pattern: Pattern;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Types

/**
 * A type as written. Special constructors appear as `constructor` with the texts `[]`, `()`,
 * `->`, `(,)`, … when written prefix (`[] a`, `(->) a b`); `[a]`, `(a, b)` and `a -> b` have
 * their own nodes. Parentheses leave no node.
 */
export type Type =
  | { readonly kind: "constructor"; readonly name: Name; readonly span: Span }
  | { readonly kind: "variable"; readonly name: Name; readonly span: Span }
  /** `Maybe a`, `m a b`: one node with all arguments (at least one). */
  | {
      readonly kind: "application";
      readonly function: Type;
      readonly args: readonly Type[];
      readonly span: Span;
    }
  | { readonly kind: "function"; readonly argument: Type; readonly result: Type; readonly span: Span }
  | { readonly kind: "list"; readonly element: Type; readonly span: Span }
  /** Two or more elements. */
  | { readonly kind: "tuple"; readonly elements: readonly Type[]; readonly span: Span };

/** A class constraint of a context: `Eq a`, `Show (f a)`. */
export interface Constraint {
  readonly className: Name;
  readonly args: readonly Type[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Helpers on names

/** `M.x` for a qualified name, `x` otherwise. */
export function nameText(name: Name): string {
  return name.qualifier === undefined ? name.text : `${name.qualifier}.${name.text}`;
}

/** A name as it stands alone in Haskell: an operator in parentheses (`(++)`), other names as they are. */
export function standalone(name: string): string {
  return /^[^A-Za-z_\[(]/.test(name) ? `(${name})` : name;
}

/** The built-in tuple constructor's text for an arity of at least 2: `(,)`, `(,,)`, … */
export function tupleConstructorText(arity: number): string {
  return `(${",".repeat(arity - 1)})`;
}
