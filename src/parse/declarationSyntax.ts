// The syntax tree's declarations and modules: what a module, its imports and exports, and
// the declarations of modules, `let`, `where`, classes and instances turn into.

import type { Span } from "../text/index.ts";
import type { Constraint, ModuleName, Name, Pattern, RightHandSide, Type } from "./syntax.ts";

export type Declaration =
  | TypeSignature
  | FixityDeclaration
  | FunctionClause
  | PatternBinding
  | DataDeclaration
  | TypeSynonym
  | ClassDeclaration
  | InstanceDeclaration
  | DefaultDeclaration;

/** `f, g :: C a => T`: operators appear as `(+)` in the source and as `+` in `names`. */
export interface TypeSignature {
  readonly kind: "signature";
  readonly names: readonly Name[];
  readonly context: readonly Constraint[];
  readonly type: Type;
  readonly span: Span;
}

/** `infixl 6 +, -`, `` infixr 5 `op` ``: the precedence is 9 when omitted. */
export interface FixityDeclaration {
  readonly kind: "fixity";
  readonly associativity: "left" | "right" | "none";
  readonly precedence: number;
  readonly operators: readonly Name[];
  readonly span: Span;
}

/**
 * One equation of a function or operator: `f p1 p2 | g = e where …`, `x <+> y = …`,
 * `` a `op` b = … ``. A plain variable binding `x = e` is a clause with no arguments.
 * Equations are not grouped: consecutive clauses with the same name form one definition.
 */
export interface FunctionClause {
  readonly kind: "function";
  readonly name: Name;
  /** Defined infix: `x <+> y = …`, `` a `op` b = … `` (then there are exactly two arguments). */
  readonly infix: boolean;
  readonly args: readonly Pattern[];
  readonly rhs: RightHandSide;
  readonly span: Span;
}

/** `(a, b) = e`, `Just x = e`, `x : xs = e`: binds the pattern's variables. */
export interface PatternBinding {
  readonly kind: "patternBinding";
  readonly pattern: Pattern;
  readonly rhs: RightHandSide;
  readonly span: Span;
}

/** `data T a = A a | a :+: a | R { f :: a } deriving (Eq, Show)`, and `newtype`. */
export interface DataDeclaration {
  readonly kind: "data";
  readonly newtype: boolean;
  readonly context: readonly Constraint[];
  readonly name: Name;
  readonly parameters: readonly Name[];
  /** Empty for `data Void`. */
  readonly constructors: readonly ConstructorDeclaration[];
  /** Class names from `deriving Show` or `deriving (Eq, Show)`. */
  readonly deriving: readonly Name[];
  readonly span: Span;
}

/** `C t1 t2`, `t1 :+: t2`, `` t1 `C` t2 ``, or `C { f1, f2 :: T, f3 :: !U }`. */
export interface ConstructorDeclaration {
  readonly name: Name;
  /** Declared infix (then there are exactly two fields). */
  readonly infix: boolean;
  /** Declared with record syntax (then every field has a name). */
  readonly record: boolean;
  /** The constructor's arguments in order; `f1, f2 :: T` gives two fields. */
  readonly fields: readonly ConstructorField[];
  readonly span: Span;
}

export interface ConstructorField {
  /** The field name in record syntax; undefined for positional arguments. */
  readonly name: Name | undefined;
  readonly type: Type;
  /** Marked `!`. */
  readonly strict: boolean;
  readonly span: Span;
}

/** `type Time = Integer`, `type Pair a = (a, a)`. */
export interface TypeSynonym {
  readonly kind: "typeSynonym";
  readonly name: Name;
  readonly parameters: readonly Name[];
  readonly type: Type;
  readonly span: Span;
}

/** `class (Eq a) => Ord a where decls`: parsed so that songs with classes get a clear message. */
export interface ClassDeclaration {
  readonly kind: "class";
  readonly context: readonly Constraint[];
  readonly name: Name;
  readonly parameters: readonly Name[];
  readonly declarations: readonly Declaration[];
  readonly span: Span;
}

/** `instance Show a => Show (T a) where decls`. */
export interface InstanceDeclaration {
  readonly kind: "instance";
  readonly context: readonly Constraint[];
  readonly className: Name;
  readonly types: readonly Type[];
  readonly declarations: readonly Declaration[];
  readonly span: Span;
}

/** `default (Integer, Double)`: the types ambiguous numeric type variables are tried with, in order. */
export interface DefaultDeclaration {
  readonly kind: "default";
  readonly types: readonly Type[];
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Modules

/**
 * A module. Without a `module … where` header the name is `Main` (with a zero-width span at the
 * start of the file), `header` is false and `exports` is undefined.
 */
export interface Module {
  readonly name: ModuleName;
  readonly header: boolean;
  /** False when the file asks `{-# LANGUAGE NoImplicitPrelude #-}`: the Prelude is imported only if written. */
  readonly implicitPrelude: boolean;
  /** The export list; undefined when there is none (everything is exported). */
  readonly exports: readonly ExportItem[] | undefined;
  readonly imports: readonly ImportDeclaration[];
  readonly declarations: readonly Declaration[];
  readonly span: Span;
}

/**
 * An item of an export or import list:
 * - `value`: `x`, `(+)`, `M.x` (qualified only in export lists);
 * - `type`: `T` (members undefined), `T(..)` (members `"all"`), `T(A, B, f)` (the names listed);
 *   classes appear the same way;
 * - `module`: `module M` (export lists only).
 */
export type ExportItem =
  | { readonly kind: "value"; readonly name: Name; readonly span: Span }
  | {
      readonly kind: "type";
      readonly name: Name;
      readonly members: "all" | readonly Name[] | undefined;
      readonly span: Span;
    }
  | { readonly kind: "module"; readonly module: ModuleName; readonly span: Span };

export type ImportItem = Exclude<ExportItem, { readonly kind: "module" }>;

/** `import qualified A.B as C hiding (x, T(..))`. */
export interface ImportDeclaration {
  readonly module: ModuleName;
  readonly qualified: boolean;
  /** `as C`. */
  readonly alias: ModuleName | undefined;
  /** True for `hiding (…)`: then `items` lists the hidden names. */
  readonly hiding: boolean;
  /** The import list; undefined when there is none (everything is imported). */
  readonly items: readonly ImportItem[] | undefined;
  readonly span: Span;
}
