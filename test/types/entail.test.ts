// Class entailment on a hand-built class environment: instances with contexts, superclasses,
// head normal form residues, missing instances, minimal contexts, overlap, scheme comparison.

import { test } from "node:test";
import assert from "node:assert/strict";
import { EnvironmentIndex, emptyEnvironment, type Instance } from "../../src/types/environment.ts";
import { Constraint, givensOf, DictionaryScope } from "../../src/types/evidence.ts";
import { minimalContext, overlaps, reduce, withSuperclasses } from "../../src/types/entail.ts";
import { isAtLeastAsGeneral } from "../../src/types/compare.ts";
import { printPredicate } from "../../src/types/print.ts";
import { CHAR, INTEGER, STAR, TypeVariable, functionType, generic, listType, predicateOf, tupleType, type Predicate } from "../../src/types/type.ts";

const EQ = "Refrain.Primitive.Eq", ORD = "Refrain.Primitive.Ord";
const nowhere = { file: "", start: 0, end: 0 };

function instance(classId: string, count: number, head: Instance["head"], context: Predicate[] = []): Instance {
  return { id: `${classId} ${count}`, classId, module: "Test", count, head, context, derived: false, written: [], structural: false, span: undefined };
}

function environment(): EnvironmentIndex {
  const index = new EnvironmentIndex(emptyEnvironment, "Test");
  index.addClass({ id: EQ, name: "Eq", module: "Refrain.Primitive", parameterKind: STAR, superclasses: [], methods: new Map(), defaults: new Set() });
  index.addClass({ id: ORD, name: "Ord", module: "Refrain.Primitive", parameterKind: STAR, superclasses: [EQ], methods: new Map(), defaults: new Set() });
  index.addInstance(instance(EQ, 0, INTEGER));
  index.addInstance(instance(ORD, 0, INTEGER));
  index.addInstance(instance(EQ, 1, listType(generic(0)), [predicateOf(EQ, generic(0))]));
  index.addInstance(instance(EQ, 2, tupleType([generic(0), generic(1)]), [predicateOf(EQ, generic(0)), predicateOf(EQ, generic(1))]));
  return index;
}

const wanted = (predicate: Predicate) => new Constraint(predicate, nowhere, undefined);

test("an instance with a context meets a constraint with evidence for the context", () => {
  const constraint = wanted(predicateOf(EQ, listType(listType(INTEGER))));
  const { residual, unsatisfied } = reduce(environment(), [constraint], []);
  assert.deepEqual([residual.length, unsatisfied.length], [0, 0]);
  const evidence = constraint.evidence;
  assert.equal(evidence?.form, "instance");
  if (evidence?.form !== "instance") return;
  assert.equal(evidence.instance.count, 1);
  assert.equal(evidence.context[0].evidence?.form, "instance");
});

test("what remains is in head normal form; what has no instance is reported", () => {
  const variable = new TypeVariable(1);
  const { residual, unsatisfied } = reduce(environment(), [wanted(predicateOf(EQ, tupleType([listType(variable), CHAR])))], []);
  assert.deepEqual(residual.map((constraint) => printPredicate(constraint.predicate)), ["Eq a"]);
  assert.deepEqual(unsatisfied.map((constraint) => printPredicate(constraint.predicate)), ["Eq Char"]);
});

test("a given Ord a meets Eq a through its superclass", () => {
  const index = environment();
  const variable = new TypeVariable(1);
  const scope = new DictionaryScope([predicateOf(ORD, variable)]);
  const constraint = wanted(predicateOf(EQ, listType(variable)));
  const { residual } = reduce(index, [constraint], withSuperclasses(index, givensOf(scope)));
  assert.equal(residual.length, 0);
  const evidence = constraint.evidence;
  assert.equal(evidence?.form === "instance" && evidence.context[0].evidence?.form, "superclass");
});

test("a minimal context drops duplicates and what a superclass implies", () => {
  const variable = new TypeVariable(1);
  const context = minimalContext(environment(), [predicateOf(EQ, variable), predicateOf(ORD, variable), predicateOf(ORD, variable)]);
  assert.deepEqual(context.map((predicate) => printPredicate(predicate)), ["Ord a"]);
});

test("instance heads that some type matches both overlap", () => {
  assert.equal(overlaps(instance(EQ, 1, listType(generic(0))), instance(EQ, 0, listType(INTEGER))), true);
  assert.equal(overlaps(instance(EQ, 0, listType(CHAR)), instance(EQ, 0, listType(INTEGER))), false);
});

test("a scheme is at least as general as its instances, with contexts entailed", () => {
  const env = environment().environment();
  const identity = { count: 1, names: [], context: [], type: functionType(generic(0), generic(0)) };
  const onIntegers = { count: 0, names: [], context: [], type: functionType(INTEGER, INTEGER) };
  const equality = { count: 1, names: [], context: [predicateOf(EQ, generic(0))], type: functionType(generic(0), generic(0)) };
  const ordered = { count: 1, names: [], context: [predicateOf(ORD, generic(0))], type: functionType(generic(0), generic(0)) };
  assert.equal(isAtLeastAsGeneral(identity, onIntegers, env), true);
  assert.equal(isAtLeastAsGeneral(onIntegers, identity, env), false);
  assert.equal(isAtLeastAsGeneral(equality, ordered, env), true);
  assert.equal(isAtLeastAsGeneral(ordered, equality, env), false);
  assert.equal(isAtLeastAsGeneral(equality, onIntegers, env), true);
});
