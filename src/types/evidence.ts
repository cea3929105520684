// Class evidence: each constraint an expression gives rise to, and how it is met — by an
// instance (with evidence for the instance's context), by a dictionary parameter of an enclosing
// binding, or by a superclass of such. Dictionary-passing desugaring reads these.

import type { Span } from "../text/index.ts";
import type { Expr, Pattern } from "../resolve/tree.ts";
import type { Instance } from "./environment.ts";
import { CHAR, LIST, RATIO, expand, spine, type Predicate, type Type } from "./type.ts";
import { builtinModuleName } from "../core/builtins.ts";

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

/**
 * Whether the built-in structural operations (`==`, `compare`, `show` … on any value, see
 * reduce/structural.ts and reduce/show-value.ts) compute what this evidence's instance methods
 * compute, so a use can call them directly. True of the built-in and derived instances over
 * such instances, except two the structural printer cannot tell from their values: a list of
 * characters (an empty one prints as `[]`, not `""`) and a Rational (a whole one prints as `1`,
 * not `1 % 1`).
 */
export function isStructural(evidence: Evidence | undefined): boolean {
  if (evidence?.form !== "instance" || !evidence.instance.structural) return false;
  // Evidence shares its parts (as types do): remember each part's answer.
  let known = structural.get(evidence);
  if (known === undefined) structural.set(evidence, (known = decideStructural(evidence)));
  return known;
}

const structural = new WeakMap<Evidence, boolean>();

function decideStructural(evidence: Extract<Evidence, { form: "instance" }>): boolean {
  const { instance, context } = evidence;
  if (!context.every((constraint) => isStructural(constraint.evidence))) return false;
  if (instance.classId !== `${builtinModuleName}.Show`) return true;
  const head = spine(expand(instance.head)).head;
  if (head === RATIO || (head.form === "constructor" && head.id === RATIO.id)) return false;
  const element = context[0]?.evidence;
  const isList = head.form === "constructor" && head.id === LIST.id;
  return !(isList && element?.form === "instance" && isCharacter(element.instance.head));
}

function isCharacter(type: Type): boolean {
  const expanded = expand(type);
  return expanded.form === "constructor" && expanded.id === CHAR.id;
}

