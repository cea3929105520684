// Generalization of an inferred binding group: constraints reduced, those on outer variables
// deferred, the rest made the group's context (or, under the monomorphism restriction, kept
// monomorphic); ambiguous constraints defaulted (Haskell 2010 section 4.3.4) or reported.

import type { Expr } from "../resolve/tree.ts";
import { Checker, snapshotPredicate } from "./checker.ts";
import { Constraint, DictionaryScope, givensOf } from "./evidence.ts";
import { minimalContext, reduce, withSuperclasses } from "./entail.ts";
import { unify } from "./unify.ts";
import {
  expand, freeVariables, quantify, resolve, samePredicate, type Predicate, type Scheme, type Type, type TypeVariable,
} from "./type.ts";
import { STANDARD_MODULES } from "./environment.ts";

/** Reports constraints with no instance, once per predicate and place. */
export function reportUnsatisfied(checker: Checker, unsatisfied: readonly Constraint[]): void {
  for (const constraint of unsatisfied) {
    checker.report({ kind: "missingInstance", span: constraint.span, predicate: snapshotPredicate(constraint.predicate), origin: constraint.origin, signature: undefined });
  }
}

/** Is the variable free in the binding being generalized (deeper than the current level)? */
function isInner(checker: Checker, variable: TypeVariable): boolean {
  return variable.level > checker.level;
}

export interface GroupMember {
  readonly type: Type;
  readonly recursiveUses: readonly Expr[];
}

/**
 * Generalizes the members' types over their inner variables with one shared context. Call after
 * leaving the group's level. `restricted`: the monomorphism restriction applies (no context).
 */
export function generalizeGroup(checker: Checker, members: readonly GroupMember[], constraints: readonly Constraint[], restricted: boolean): { schemes: Scheme[]; scope: DictionaryScope } {
  const { residual, unsatisfied } = reduce(checker.index, constraints, checker.givens);
  reportUnsatisfied(checker, unsatisfied);
  let retained: Constraint[] = [];
  for (const constraint of residual) {
    if (freeVariables(constraint.predicate.type).some((variable) => isInner(checker, variable))) retained.push(constraint);
    else checker.constraints.push(constraint);
  }
  if (restricted) {
    for (const constraint of retained) {
      for (const variable of freeVariables(constraint.predicate.type)) if (isInner(checker, variable)) variable.level = checker.level;
    }
    checker.constraints.push(...retained);
    retained = [];
  } else {
    const inType = new Set<TypeVariable>();
    for (const member of members) freeVariables(member.type).forEach((variable) => inType.add(variable));
    const ambiguous = retained.filter((constraint) => freeVariables(constraint.predicate.type).some((variable) => isInner(checker, variable) && !inType.has(variable)));
    resolveAmbiguity(checker, ambiguous);
    retained = retained.filter((constraint) => !ambiguous.includes(constraint));
  }
  const context = minimalContext(checker.index, retained.map((constraint) => constraint.predicate));
  const scope = new DictionaryScope(context);
  const closure = withSuperclasses(checker.index, givensOf(scope));
  reduce(checker.index, retained, closure);
  const schemes = members.map((member) => generalize(checker, member.type, context));
  for (const member of members) {
    for (const use of member.recursiveUses) {
      checker.record(use, member.type, givensOf(scope).map((given) => {
        const constraint = new Constraint(given.predicate, use.span, use);
        constraint.evidence = given.evidence;
        return constraint;
      }));
    }
  }
  return { schemes, scope };
}

/** The scheme quantifying the type's (and context's) variables deeper than the current level. */
export function generalize(checker: Checker, type: Type, context: readonly Predicate[]): Scheme {
  const variables = freeVariables(type);
  for (const predicate of context) freeVariables(predicate.type, variables);
  return quantify({ count: 0, names: [], context, type }, variables.filter((variable) => isInner(checker, variable)));
}

/** Classes that are `Num` or have it as a superclass (the numeric classes of section 4.3.4). */
function isNumeric(checker: Checker, classId: string, seen = new Set<string>()): boolean {
  const info = checker.index.classes.get(classId);
  if (info === undefined || seen.has(classId)) return false;
  seen.add(classId);
  return info.name === "Num" && STANDARD_MODULES.includes(info.module) || info.superclasses.some((superclass) => isNumeric(checker, superclass, seen));
}

/**
 * Defaults each ambiguous variable to the first of the default types (Integer, Double unless the
 * module declares others) that meets all its constraints,
 * when they are all standard classes applied to the variable alone and one is numeric; else reports.
 */
export function resolveAmbiguity(checker: Checker, constraints: readonly Constraint[]): void {
  const byVariable = new Map<TypeVariable, Constraint[]>();
  for (const constraint of constraints) {
    for (const variable of freeVariables(constraint.predicate.type)) {
      if (!byVariable.has(variable)) byVariable.set(variable, []);
      byVariable.get(variable)!.push(constraint);
    }
  }
  const reported = new Set<Constraint>();
  for (const [variable, own] of byVariable) {
    if (resolve(variable) !== variable) continue;
    const defaultable = own.every((constraint) => expand(constraint.predicate.type) === variable
      && STANDARD_MODULES.includes(checker.index.classes.get(constraint.predicate.classId)?.module ?? ""))
      && own.some((constraint) => isNumeric(checker, constraint.predicate.classId));
    const candidate = defaultable ? checker.defaults.find((type) => own.every((constraint) =>
      reduce(checker.index, [new Constraint({ ...constraint.predicate, type }, constraint.span, undefined)], []).unsatisfied.length === 0)) : undefined;
    if (candidate !== undefined) {
      unify(variable, candidate);
      reportUnsatisfied(checker, reduce(checker.index, own, checker.givens).unsatisfied);
    } else if (!own.some((constraint) => reported.has(constraint))) {
      own.forEach((constraint) => reported.add(constraint));
      const first = own.reduce((earliest, constraint) => (constraint.span.start < earliest.span.start ? constraint : earliest));
      const predicates = own.map((constraint) => snapshotPredicate(constraint.predicate))
        .filter((predicate, at, all) => all.findIndex((other) => samePredicate(other, predicate)) === at);
      checker.report({ kind: "ambiguous", span: first.span, predicates, origin: first.origin });
    }
  }
}
