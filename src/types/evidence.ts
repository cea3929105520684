// Class evidence: each constraint an expression gives rise to, and how it is met — by an
// instance (with evidence for the instance's context), by a dictionary parameter of an enclosing
// binding, or by a superclass of such. Dictionary-passing desugaring reads these.

import type { Span } from "../text/index.ts";
import type { Expr, Pattern } from "../resolve/tree.ts";
import type { Instance } from "./environment.ts";
import type { Predicate, Type } from "./type.ts";

/**
 * The dictionary parameters of a binding (or of an instance declaration, or a class's defaults):
 * one per predicate, in order. All binders of one mutually recursive group share one scope.
 */
export class DictionaryScope {
  constructor(public predicates: readonly Predicate[]) {}
}

export type Evidence =
  | { readonly form: "instance"; readonly instance: Instance; readonly context: readonly Constraint[] }
  /** The `index`-th dictionary parameter of `scope`. */
  | { readonly form: "parameter"; readonly scope: DictionaryScope; readonly index: number }
  /** The dictionary of superclass `classId` held by the dictionary `from`. */
  | { readonly form: "superclass"; readonly from: Evidence; readonly classId: string };

/** A predicate some expression or pattern needs; `evidence` is set once it is solved. */
export class Constraint {
  evidence: Evidence | undefined = undefined;
  constructor(
    public predicate: Predicate,
    readonly span: Span,
    /** The expression or pattern it arises from (a literal, an overloaded name, a range, `do`). */
    readonly origin: Expr | Pattern | undefined,
  ) {}
}

/** A predicate known to hold inside a binding, with the evidence that it does. */
export interface Given {
  readonly predicate: Predicate;
  readonly evidence: Evidence;
}

/**
 * One use of an overloaded name (or a literal, range, `do`, literal pattern): its type at this
 * use, and the constraints (in the order of the scheme's context) whose dictionaries it takes.
 */
export interface Occurrence {
  readonly type: Type;
  readonly constraints: readonly Constraint[];
}

export function givensOf(scope: DictionaryScope): Given[] {
  return scope.predicates.map((predicate, index) => ({ predicate, evidence: { form: "parameter", scope, index } }));
}
