// The inference state of one module: the current let-level, the constraints collected so far,
// the binders' schemes, the givens of enclosing signatures, and what is recorded for later
// stages (occurrences with their evidence, dictionary scopes, diagnostics).

import type { Binder, Expr, Pattern } from "../resolve/tree.ts";
import type { Span } from "../text/index.ts";
import type { Site, TypeDiagnostic } from "./diagnostics.ts";
import type { EnvironmentIndex } from "./environment.ts";
import { Constraint, type DictionaryScope, type Given, type Occurrence } from "./evidence.ts";
import { TypeConverter } from "./convert.ts";
import { unify } from "./unify.ts";
import { withSuperclasses } from "./entail.ts";
import {
  CHAR, DOUBLE, INTEGER, TypeVariable, instantiateGenerics, listType, resolve, type Predicate, type RigidVariable, type Scheme, type Type,
} from "./type.ts";

/** A binder in scope: its scheme, and for a member of the group being inferred, its recursive uses. */
export interface BinderInfo {
  scheme: Scheme;
  /** Uses inside its own binding group (monomorphic there); they pass the group's own dictionaries. */
  readonly recursiveUses: Expr[] | undefined;
}

/** Class ids the language's syntax relies on (absent while the library has no classes yet). */
export interface SyntaxClasses {
  readonly num: string | undefined;
  readonly fractional: string | undefined;
  readonly eq: string | undefined;
  readonly enum: string | undefined;
  readonly monad: string | undefined;
  readonly monadFail: string | undefined;
}

export class Checker {
  level = 0;
  /** The types an ambiguous numeric variable is tried with (the module's `default (…)`, else Haskell's). */
  defaults: readonly Type[] = [INTEGER, DOUBLE];
  /** Constraints not yet solved or deferred, of the binding being inferred. */
  constraints: Constraint[] = [];
  /** The givens of enclosing signatures and instances, with their superclasses. */
  givens: readonly Given[] = [];
  readonly binders = new Map<Binder, BinderInfo>();
  readonly diagnostics: TypeDiagnostic[] = [];
  /** By the expression, pattern or `do` statement that is overloaded. */
  readonly occurrences = new Map<object, Occurrence>();
  /** The dictionary parameters of each binding group, instance and class (see DictionaryScope). */
  readonly scopes = new Map<object, DictionaryScope>();
  /** The signature each rigid variable comes from (for messages). */
  readonly rigidOwners = new Map<RigidVariable, { readonly name: string; readonly signature: { readonly context: readonly Predicate[]; readonly type: Type } }>();
  syntaxClasses: SyntaxClasses = { num: undefined, fractional: undefined, eq: undefined, enum: undefined, monad: undefined, monadFail: undefined };
  readonly converter: TypeConverter;

  constructor(readonly index: EnvironmentIndex) {
    this.converter = new TypeConverter(index, (diagnostic) => this.report(diagnostic));
  }

  /** Looks up the classes literals, ranges and `do` need (once the module's own classes are declared). */
  findSyntaxClasses(): void {
    const id = (name: string) => this.index.standardClass(name)?.id;
    this.syntaxClasses = { num: id("Num"), fractional: id("Fractional"), eq: id("Eq"), enum: id("Enum"), monad: id("Monad"), monadFail: id("MonadFail") };
  }

  fresh(): TypeVariable {
    return new TypeVariable(this.level);
  }

  report(diagnostic: TypeDiagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  /** A new constraint `classId type` arising at `origin`. */
  require(classId: string, type: Type, span: Span, origin: Expr | Pattern): Constraint {
    const info = this.index.classes.get(classId);
    const constraint = new Constraint({ classId, className: info?.name ?? classId, type }, span, origin);
    this.constraints.push(constraint);
    return constraint;
  }

  /** Records a use of an overloaded thing with its constraints (in context order). */
  record(origin: object, type: Type, constraints: readonly Constraint[]): void {
    if (constraints.length > 0) this.occurrences.set(origin, { type, constraints });
  }

  /** Fresh variables for the scheme's generics; its context becomes constraints arising at `origin`. */
  instantiate(scheme: Scheme, origin: Expr | Pattern): Type {
    if (scheme.count === 0 && scheme.context.length === 0) return scheme.type;
    const variables = Array.from({ length: scheme.count }, () => this.fresh());
    const type = instantiateGenerics(scheme.type, variables);
    const constraints = scheme.context.map((predicate) => this.require(predicate.classId, instantiateGenerics(predicate.type, variables), origin.span, origin));
    this.record(origin, type, constraints);
    return type;
  }

  /** `String` as the Prelude names it when it does, else `[Char]`. */
  stringType(): Type {
    const synonym = this.index.types.get("Prelude.String");
    const expansion = listType(CHAR);
    return synonym?.synonym === undefined ? expansion : { form: "synonym", id: synonym.constructor.id, name: "String", args: [], expansion };
  }

  /** Unifies, reporting a disagreement at `span` as `actual` (what the expression has) vs `expected`. */
  expect(expected: Type, actual: Type, span: Span, expression: Expr | Pattern | undefined, site: Site): boolean {
    const solved: TypeVariable[] = [];
    if (unify(expected, actual, solved) === undefined) return true;
    // The message shows both types as they were: undo the partial solution, copy them, solve again.
    for (const variable of solved) variable.link = undefined;
    const before = { expected: snapshot(expected), actual: snapshot(actual) };
    const failure = unify(expected, actual)!;
    if (failure.kind === "occurs") {
      this.report({ kind: "occurs", span, expression, site, ...before });
      return false;
    }
    const rigid = failure.kind === "escape" ? failure.rigid : [failure.left, failure.right].find((side) => side.form === "rigid");
    const owner = rigid?.form === "rigid" ? this.rigidOwners.get(rigid) : undefined;
    if (rigid !== undefined && owner !== undefined) {
      const other = failure.kind === "escape" ? failure.type : failure.left === rigid ? failure.right : failure.left;
      this.report({ kind: "signatureTooGeneral", span, name: owner.name, signature: owner.signature, rigid, actual: snapshot(other) });
    } else {
      this.report({ kind: "mismatch", span, expression, site, ...before });
    }
    return false;
  }

  /** Adds givens (a signature's context) for the duration of `body`. */
  withGivens<T>(givens: readonly Given[], body: () => T): T {
    const outer = this.givens;
    this.givens = withSuperclasses(this.index, [...outer, ...givens]);
    try {
      return body();
    } finally {
      this.givens = outer;
    }
  }
}

/** A copy of a type with solved variables replaced by their solutions (for messages). */
export function snapshot(type: Type): Type {
  type = resolve(type);
  switch (type.form) {
    case "application":
      return { form: "application", function: snapshot(type.function), argument: snapshot(type.argument) };
    case "synonym":
      return { ...type, args: type.args.map(snapshot), expansion: snapshot(type.expansion) };
    default:
      return type;
  }
}

export function snapshotPredicate(predicate: Predicate): Predicate {
  return { ...predicate, type: snapshot(predicate.type) };
}
