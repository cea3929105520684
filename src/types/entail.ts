// Entailment and context reduction (THIH's bySuper and byInst): a constraint is met by a given
// predicate or one of its superclasses, or by the one instance whose head matches, recursively;
// what remains is in head normal form (`C a`, `C (m a)`) or has no instance.

import { Constraint, type Evidence, type Given } from "./evidence.ts";
import type { EnvironmentIndex, Instance } from "./environment.ts";
import { match, unify } from "./unify.ts";
import { instantiateGenerics, resolve, samePredicate, spine, TypeVariable, type Predicate, type Type } from "./type.ts";

/** The givens with every superclass they imply, each with its evidence. */
export function withSuperclasses(index: EnvironmentIndex, givens: readonly Given[]): Given[] {
  const all: Given[] = [];
  const add = (given: Given) => {
    if (all.some((other) => samePredicate(other.predicate, given.predicate))) return;
    all.push(given);
    for (const superclass of index.classes.get(given.predicate.classId)?.superclasses ?? []) {
      const predicate = { classId: superclass, className: index.classes.get(superclass)?.name ?? superclass, type: given.predicate.type };
      add({ predicate, evidence: { form: "superclass", from: given.evidence, classId: superclass } });
    }
  };
  givens.forEach(add);
  return all;
}

/** The instance whose head matches the predicate's type, with the head's variables solved. */
export function findInstance(index: EnvironmentIndex, predicate: Predicate): { instance: Instance; args: Type[] } | undefined {
  for (const instance of index.instances.get(predicate.classId) ?? []) {
    const solution: (Type | undefined)[] = [];
    if (match(instance.head, predicate.type, solution)) {
      return { instance, args: Array.from({ length: instance.count }, (_, at) => solution[at] ?? new TypeVariable(0)) };
    }
  }
  return undefined;
}

function isHeadNormal(type: Type): boolean {
  const head = spine(type).head;
  return head.form === "variable" || head.form === "rigid";
}

export interface Reduction {
  /** Constraints in head normal form that no given meets (they may become a context or be deferred). */
  readonly residual: Constraint[];
  /** Constraints with no instance (`Show (a -> b)`, `Num Char`). */
  readonly unsatisfied: Constraint[];
}

/** Meets each constraint by the givens (`closure`: see withSuperclasses) or by instances. */
export function reduce(index: EnvironmentIndex, constraints: readonly Constraint[], closure: readonly Given[]): Reduction {
  const result: Reduction = { residual: [], unsatisfied: [] };
  // Met by an instance already, by class and type (a type shares its parts: `Eq ((a, a), (a, a))` needs `Eq (a, a)` once).
  const met = new Map<string, Map<Type, Constraint>>();
  const visit = (constraint: Constraint): void => {
    const given = closure.find((candidate) => samePredicate(candidate.predicate, constraint.predicate));
    if (given !== undefined) {
      constraint.evidence = given.evidence;
      return;
    }
    const type = resolve(constraint.predicate.type);
    let byType = met.get(constraint.predicate.classId);
    const earlier = byType?.get(type);
    if (earlier !== undefined) {
      constraint.evidence = earlier.evidence;
      return;
    }
    if (isHeadNormal(constraint.predicate.type)) {
      result.residual.push(constraint);
      return;
    }
    const found = findInstance(index, constraint.predicate);
    if (found === undefined) {
      result.unsatisfied.push(constraint);
      return;
    }
    const context = found.instance.context.map((predicate) => new Constraint(
      { ...predicate, type: instantiateGenerics(predicate.type, found.args) }, constraint.span, constraint.origin));
    constraint.evidence = { form: "instance", instance: found.instance, context };
    if (byType === undefined) met.set(constraint.predicate.classId, byType = new Map());
    byType.set(type, constraint);
    context.forEach(visit);
  };
  constraints.forEach(visit);
  return result;
}

/** Evidence for a predicate from givens and instances alone, or undefined when it is not entailed. */
export function entail(index: EnvironmentIndex, closure: readonly Given[], predicate: Predicate): Evidence | undefined {
  const constraint = new Constraint(predicate, { file: "", start: 0, end: 0 }, undefined);
  const { residual, unsatisfied } = reduce(index, [constraint], closure);
  return residual.length === 0 && unsatisfied.length === 0 ? constraint.evidence : undefined;
}

/** Do two instance heads of one class overlap (some type matches both)? */
export function overlaps(first: Instance, second: Instance): boolean {
  const fresh = (count: number) => Array.from({ length: count }, () => new TypeVariable(Number.MAX_SAFE_INTEGER));
  return unify(instantiateGenerics(first.head, fresh(first.count)), instantiateGenerics(second.head, fresh(second.count))) === undefined;
}

/** Drops constraints entailed by others through superclasses (`Eq a` beside `Ord a`) and duplicates. */
export function minimalContext(index: EnvironmentIndex, predicates: readonly Predicate[]): Predicate[] {
  const kept: Predicate[] = [];
  for (const predicate of predicates) if (!kept.some((other) => samePredicate(other, predicate))) kept.push(predicate);
  return kept.filter((predicate, at) => !kept.some((other, otherAt) => otherAt !== at &&
    withSuperclasses(index, [{ predicate: other, evidence: { form: "parameter", scope: { predicates: [] }, index: 0 } }])
      .slice(1).some((implied) => samePredicate(implied.predicate, predicate))));
}
