// Renewing the running term: the copy is made of fresh objects, keeps what was shared shared
// (a cyclic list stays cyclic, a frame two thunks use stays one frame), and is refused for a
// graph larger than the limit.

import { test } from "node:test";
import assert from "node:assert/strict";
import { renewTerm } from "../../src/reduce/renewal.ts";
import { Data, EVALUATED, Thunk, nullary } from "../../src/reduce/values.ts";
import { CONS, NIL, Literal } from "../../src/program/index.ts";

const pending = (frame: unknown[]) => new Thunk(new Literal(1, undefined), frame);

test("a cyclic list stays cyclic, in new cells", () => {
  const first = new Data(CONS, [1, undefined]);
  const second = new Data(CONS, [2, first]);
  first.fields[1] = second;
  const copy = renewTerm(first, 100) as Data;
  assert.notEqual(copy, first);
  const copiedSecond = copy.fields[1] as Data;
  assert.notEqual(copiedSecond, second);
  assert.equal(copiedSecond.fields[1], copy);
  assert.deepEqual([copy.fields[0], copiedSecond.fields[0]], [1, 2]);
});

test("a frame used by two pending thunks is copied once; an evaluated thunk keeps its value", () => {
  const frame: unknown[] = [undefined, 7];
  const done = new Thunk(undefined, undefined);
  done.state = EVALUATED;
  done.value = nullary(NIL);
  const cell = new Data(CONS, [pending(frame), new Data(CONS, [pending(frame), done])]);
  const copy = renewTerm(cell, 100) as Data;
  const a = copy.fields[0] as Thunk, rest = copy.fields[1] as Data, b = rest.fields[0] as Thunk;
  assert.notEqual(a.frame, frame);
  assert.equal(a.frame, b.frame);
  assert.deepEqual(a.frame, frame);
  const evaluated = rest.fields[1] as Thunk;
  assert.notEqual(evaluated, done);
  assert.equal(evaluated.state, EVALUATED);
  assert.equal(evaluated.value, nullary(NIL));
});

test("a graph larger than the limit is not copied", () => {
  let list: unknown = nullary(NIL);
  for (let index = 0; index < 50; index++) list = new Data(CONS, [index, list]);
  assert.equal(renewTerm(list, 20), undefined);
  assert.notEqual(renewTerm(list, 100), undefined);
});
