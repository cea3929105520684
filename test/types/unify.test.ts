// Unification, occurs check, levels and rigid variables, one-way matching, and the type printer.

import { test } from "node:test";
import assert from "node:assert/strict";
import { match, unify } from "../../src/types/unify.ts";
import { printScheme, printType, TypeNaming } from "../../src/types/print.ts";
import {
  BOOL, CHAR, INTEGER, LIST, RigidVariable, TypeVariable, apply, functionOf, functionType, generic, listType, predicateOf, resolve, tupleType,
  type Type,
} from "../../src/types/type.ts";

const show = (type: Type) => printType(type);

test("unification solves variables on both sides", () => {
  const a = new TypeVariable(1);
  const b = new TypeVariable(1);
  assert.equal(unify(functionType(a, listType(b)), functionType(INTEGER, listType(CHAR))), undefined);
  assert.equal(show(a), "Integer");
  assert.equal(show(b), "Char");
});

test("a constructor clash reports the innermost disagreeing parts", () => {
  const failure = unify(listType(INTEGER), listType(CHAR));
  assert.equal(failure?.kind, "mismatch");
  if (failure?.kind === "mismatch") assert.deepEqual([show(failure.left), show(failure.right)], ["Integer", "Char"]);
});

test("the occurs check refuses an infinite type", () => {
  const a = new TypeVariable(1);
  assert.equal(unify(a, listType(a))?.kind, "occurs");
  assert.equal(resolve(a), a);
});

test("binding a variable lowers the levels of the variables it is bound to", () => {
  const outer = new TypeVariable(1);
  const inner = new TypeVariable(3);
  unify(outer, listType(inner));
  assert.equal(inner.level, 1);
});

test("a rigid variable equals only itself and may not escape to an outer level", () => {
  const rigid = new RigidVariable("a", 2);
  assert.equal(unify(rigid, INTEGER)?.kind, "mismatch");
  assert.equal(unify(rigid, rigid), undefined);
  assert.equal(unify(new TypeVariable(1), rigid)?.kind, "escape");
  assert.equal(unify(new TypeVariable(2), rigid), undefined);
});

test("a variable applied to a type unifies with a constructor application (m a ~ [Integer])", () => {
  const m = new TypeVariable(1);
  const a = new TypeVariable(1);
  assert.equal(unify(apply(m, a), listType(INTEGER)), undefined);
  assert.deepEqual([show(m), show(a)], ["[]", "Integer"]);
});

test("matching solves the pattern's generics only", () => {
  const solution: (Type | undefined)[] = [];
  assert.equal(match(listType(generic(0)), listType(BOOL), solution), true);
  assert.equal(show(solution[0]!), "Bool");
  const variable = new TypeVariable(1);
  assert.equal(match(listType(INTEGER), listType(variable), []), false);
  assert.equal(resolve(variable), variable);
  assert.equal(match(tupleType([generic(0), generic(0)]), tupleType([INTEGER, CHAR]), []), false);
});

test("the printer writes Haskell notation", () => {
  const a = new TypeVariable(1);
  const b = new TypeVariable(1);
  assert.equal(show(functionOf([functionType(a, b), listType(a)], listType(b))), "(a -> b) -> [a] -> [b]");
  assert.equal(show(tupleType([INTEGER, CHAR])), "(Integer, Char)");
  assert.equal(show(apply(LIST, apply(LIST, INTEGER))), "[[Integer]]");
  const maybe = { form: "constructor", id: "Prelude.Maybe", name: "Maybe", kind: { form: "star" } } as const;
  assert.equal(show(listType(apply(maybe, functionType(INTEGER, INTEGER)))), "[Maybe (Integer -> Integer)]");
  const string: Type = { form: "synonym", id: "Prelude.String", name: "String", args: [], expansion: listType(CHAR) };
  assert.equal(show(functionType(string, listType(CHAR))), "String -> [Char]");
});

test("schemes print with their context and written or fresh names", () => {
  const num = predicateOf("Refrain.Primitive.Num", generic(0));
  assert.equal(printScheme({ count: 1, names: [], context: [num], type: functionType(generic(0), listType(generic(0))) }), "Num a => a -> [a]");
  const eq = predicateOf("Refrain.Primitive.Eq", generic(1));
  assert.equal(printScheme({ count: 2, names: ["k", undefined], context: [num, eq], type: functionType(generic(0), generic(1)) }), "(Num k, Eq a) => k -> a");
  const naming = new TypeNaming();
  const shared = new TypeVariable(1);
  assert.equal(printType(shared, naming), printType(listType(shared), naming).slice(1, -1));
});
