// Comparing schemes for live edits: the new scheme of a name is at least as general as the old
// one when it can be instantiated to the old type and the old context entails the new one.

import { EnvironmentIndex, type TypeEnvironment } from "./environment.ts";
import { Constraint, type Given } from "./evidence.ts";
import { reduce, withSuperclasses } from "./entail.ts";
import { unify } from "./unify.ts";
import { RigidVariable, TypeVariable, instantiateGenerics, type Scheme } from "./type.ts";

/** Can every use of a name at `older` keep working at `newer`? `environment` gives the instances. */
export function isAtLeastAsGeneral(newer: Scheme, older: Scheme, environment: TypeEnvironment): boolean {
  const index = new EnvironmentIndex(environment, "");
  const rigids = Array.from({ length: older.count }, (_, at) => new RigidVariable(older.names[at] ?? "a", 1));
  const variables = Array.from({ length: newer.count }, () => new TypeVariable(1));
  if (unify(instantiateGenerics(newer.type, variables), instantiateGenerics(older.type, rigids)) !== undefined) return false;
  const givens: Given[] = older.context.map((predicate, index) => ({
    predicate: { ...predicate, type: instantiateGenerics(predicate.type, rigids) },
    evidence: { form: "parameter", scope: { predicates: older.context }, index },
  }));
  const wanted = newer.context.map((predicate) => new Constraint({ ...predicate, type: instantiateGenerics(predicate.type, variables) }, { file: "", start: 0, end: 0 }, undefined));
  const { residual, unsatisfied } = reduce(index, wanted, withSuperclasses(index, givens));
  return residual.length === 0 && unsatisfied.length === 0;
}
