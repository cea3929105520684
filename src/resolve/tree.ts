// The resolved tree: the syntax tree with every name bound to what it means (a local variable,
// a top-level entity, a constructor, a type or class), infix chains and sections resolved by
// fixity, and the types as written kept. The type checker reads it; desugaring turns it to core.

import type { Constructor, GlobalCell, Primitive } from "../core/term.ts";
import type { TypeEntity, ValueEntity } from "./scope.ts";
import type { Literal } from "../lex/index.ts";
import type { Span } from "../text/index.ts";

export type { Literal } from "../lex/index.ts";

/** A variable bound by a pattern, a lambda, `let` or `where`: one object per binding occurrence. */
export class LocalVariable {
  constructor(readonly name: string, readonly span: Span) {}
}

/** What a binding defines: a local variable, or at the top level a global cell. */
export type Binder = LocalVariable | GlobalCell;

// ---------------------------------------------------------------------------------------------
// Expressions

export type Expr =
  | { readonly kind: "local"; readonly variable: LocalVariable; readonly span: Span }
  /** A top-level function, constant or primitive (never a constructor: see `con`). */
  | { readonly kind: "global"; readonly entity: Exclude<ValueEntity, { kind: "constructor" }>; readonly span: Span }
  | { readonly kind: "con"; readonly con: Constructor; readonly span: Span }
  | { readonly kind: "literal"; readonly literal: Literal; readonly span: Span }
  /** `f a b`, also an operator applied to its operands: `a + b` is `(+) a b`. */
  | { readonly kind: "app"; readonly function: Expr; readonly args: readonly Expr[]; readonly span: Span }
  /** Prefix minus: `negate operand` (Haskell 2010, section 3.4). */
  | { readonly kind: "negate"; readonly operand: Expr; readonly negate: Primitive; readonly span: Span }
  /** `(x +)`: the operator applied to its left operand only. */
  | { readonly kind: "leftSection"; readonly operator: Expr; readonly operand: Expr; readonly span: Span }
  /** `(+ x)`: `\y -> y + x`, with the operand evaluated once. */
  | { readonly kind: "rightSection"; readonly operator: Expr; readonly operand: Expr; readonly span: Span }
  /** Two or more elements. */
  | { readonly kind: "tuple"; readonly elements: readonly Expr[]; readonly span: Span }
  /** One or more elements (`[]` is a `con`). */
  | { readonly kind: "list"; readonly elements: readonly Expr[]; readonly span: Span }
  /** `[a ..]`, `[a, b ..]`, `[a .. c]`, `[a, b .. c]`: `enumFrom…` of the Prelude. */
  | { readonly kind: "range"; readonly from: Expr; readonly second: Expr | undefined; readonly to: Expr | undefined; readonly span: Span }
  | { readonly kind: "comprehension"; readonly element: Expr; readonly qualifiers: readonly Statement[]; readonly span: Span }
  | { readonly kind: "lambda"; readonly parameters: readonly Pattern[]; readonly body: Expr; readonly span: Span }
  | { readonly kind: "let"; readonly bindings: Bindings; readonly body: Expr; readonly span: Span }
  | { readonly kind: "if"; readonly condition: Expr; readonly thenBranch: Expr; readonly elseBranch: Expr; readonly span: Span }
  | { readonly kind: "case"; readonly scrutinee: Expr; readonly alternatives: readonly Alternative[]; readonly span: Span }
  | { readonly kind: "do"; readonly statements: readonly Statement[]; readonly span: Span }
  /** `e :: T`. */
  | { readonly kind: "typed"; readonly expression: Expr; readonly signature: Signature; readonly span: Span }
  /** `C { f = e }`: `fields` are in the order written, each with its position among the constructor's. */
  | { readonly kind: "recordConstruction"; readonly con: Constructor; readonly fields: readonly RecordField[]; readonly span: Span }
  /** `r { f = e }`: `constructors` are those of the field's type that have every field named. */
  | { readonly kind: "recordUpdate"; readonly record: Expr; readonly fields: readonly RecordField[]; readonly constructors: readonly Constructor[]; readonly span: Span }
  /** A name that did not resolve (reported; a program with it is never run or type-checked). */
  | { readonly kind: "unresolved"; readonly span: Span };

export interface RecordField {
  readonly name: string;
  /** The field's position among the constructor's fields (record construction only; -1 in updates). */
  readonly index: number;
  readonly value: Expr;
  readonly span: Span;
}

export interface Alternative {
  readonly pattern: Pattern;
  readonly rhs: RightHandSide;
  readonly span: Span;
}

/** A qualifier of a comprehension, a guard condition or a statement of `do`. */
export type Statement =
  | { readonly kind: "bind"; readonly pattern: Pattern; readonly expression: Expr; readonly span: Span }
  | { readonly kind: "let"; readonly bindings: Bindings; readonly span: Span }
  | { readonly kind: "expression"; readonly expression: Expr; readonly span: Span };

export type RightHandSide =
  | { readonly kind: "unguarded"; readonly expression: Expr; readonly where: Bindings; readonly span: Span }
  | { readonly kind: "guarded"; readonly guards: readonly Guard[]; readonly where: Bindings; readonly span: Span };

export interface Guard {
  readonly conditions: readonly Statement[];
  readonly expression: Expr;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Bindings: the declarations of a `let`, a `where`, a class or instance body, or the top level

export interface Bindings {
  /** Functions and variables defined by equations, in the order written. */
  readonly functions: readonly FunctionBinding[];
  /** `(a, b) = e`: the pattern's variables are binders (local variables, or global cells at the top level). */
  readonly patterns: readonly PatternBinding[];
  /** Type signatures given for the binders of this group (and, at the top level, for primitives). */
  readonly signatures: ReadonlyMap<Binder | Primitive, Signature>;
}

export interface FunctionBinding {
  readonly binder: Binder;
  readonly name: string;
  /** Where the name is written in the first equation. */
  readonly nameSpan: Span;
  /** Consecutive equations; all have the same number of patterns (0 for a variable `x = e`). */
  readonly clauses: readonly Clause[];
  readonly span: Span;
}

export interface Clause {
  readonly patterns: readonly Pattern[];
  readonly rhs: RightHandSide;
  readonly span: Span;
}

export interface PatternBinding {
  readonly pattern: Pattern;
  readonly rhs: RightHandSide;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Patterns: tuples, lists, infix and record patterns become constructor patterns

export type Pattern =
  | { readonly kind: "var"; readonly binder: Binder; readonly span: Span }
  | { readonly kind: "wildcard"; readonly span: Span }
  /** Numbers (negated where written `-1`), characters, strings. */
  | { readonly kind: "literal"; readonly literal: Literal; readonly span: Span }
  /** `C p1 p2`; a record pattern has wildcards for the fields it leaves out. */
  | { readonly kind: "con"; readonly con: Constructor; readonly args: readonly Pattern[]; readonly span: Span }
  | { readonly kind: "as"; readonly binder: Binder; readonly pattern: Pattern; readonly span: Span }
  | { readonly kind: "lazy"; readonly pattern: Pattern; readonly span: Span }
  | { readonly kind: "bang"; readonly pattern: Pattern; readonly span: Span };

// ---------------------------------------------------------------------------------------------
// Types as written

export type TypeExpr =
  /** A data type, newtype, synonym or built-in type (`Integer`, `Char`, `[]`, `->`, `(,)`, `()`). */
  | { readonly kind: "constructor"; readonly type: TypeEntity; readonly span: Span }
  | { readonly kind: "variable"; readonly name: string; readonly span: Span }
  | { readonly kind: "application"; readonly function: TypeExpr; readonly args: readonly TypeExpr[]; readonly span: Span }
  | { readonly kind: "function"; readonly argument: TypeExpr; readonly result: TypeExpr; readonly span: Span }
  | { readonly kind: "list"; readonly element: TypeExpr; readonly span: Span }
  | { readonly kind: "tuple"; readonly elements: readonly TypeExpr[]; readonly span: Span };

/** `Eq a`, `Show (f a)`. */
export interface ConstraintExpr {
  readonly typeClass: TypeEntity;
  readonly args: readonly TypeExpr[];
  readonly span: Span;
}

/** `C a => T`, as written in a signature or annotation. */
export interface Signature {
  readonly context: readonly ConstraintExpr[];
  readonly type: TypeExpr;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Type-level declarations

export interface DataDeclaration {
  readonly type: TypeEntity;
  readonly newtype: boolean;
  readonly parameters: readonly string[];
  readonly constructors: readonly ConstructorDeclaration[];
  /** Classes named in `deriving`. */
  readonly deriving: readonly { readonly typeClass: TypeEntity; readonly span: Span }[];
  readonly span: Span;
}

export interface ConstructorDeclaration {
  readonly con: Constructor;
  /** The argument types in order; record fields have names in `con.fields`. */
  readonly fields: readonly TypeExpr[];
  readonly span: Span;
}

export interface SynonymDeclaration {
  readonly type: TypeEntity;
  readonly parameters: readonly string[];
  readonly body: TypeExpr;
  readonly span: Span;
}

export interface ClassDeclaration {
  readonly typeClass: TypeEntity;
  /** Superclasses: `class (Eq a) => Ord a`. */
  readonly context: readonly ConstraintExpr[];
  readonly parameter: string;
  /** Each method's entity (a global cell, or a primitive that implements it) and its signature. */
  readonly methods: readonly { readonly entity: ValueEntity; readonly name: string; readonly signature: Signature }[];
  /** Default method definitions. */
  readonly defaults: Bindings;
  readonly span: Span;
}

export interface InstanceDeclaration {
  readonly typeClass: TypeEntity;
  /** The class and the type: `Show (Maybe a)`. */
  readonly head: Span;
  readonly context: readonly ConstraintExpr[];
  readonly type: TypeExpr;
  /** Method definitions (their binders are the class's method cells). */
  readonly methods: Bindings;
  readonly span: Span;
}

/** One module, resolved. */
export interface ResolvedModule {
  readonly name: string;
  readonly data: readonly DataDeclaration[];
  readonly synonyms: readonly SynonymDeclaration[];
  readonly classes: readonly ClassDeclaration[];
  readonly instances: readonly InstanceDeclaration[];
  /** Top-level functions, constants and pattern bindings, with their signatures. */
  readonly bindings: Bindings;
  /** Record field selectors: the field's cell and the data type whose constructors have it. */
  readonly selectors: readonly { readonly cell: GlobalCell; readonly field: string; readonly type: TypeEntity; readonly span: Span }[];
  /** The types of its `default (…)` declaration, if it has one. */
  readonly defaults: readonly TypeExpr[] | undefined;
}
