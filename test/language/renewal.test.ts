// Renewing the running term: the copy is made of fresh objects, keeps what was shared shared
// (a cyclic list stays cyclic, a frame two thunks use stays one frame), and is refused for a
// graph larger than the limit.

import { test } from "node:test";
import assert from "node:assert/strict";
import { renewTerm } from "../../src/reduce/renewal.ts";
import { Data, Thunk, WideData, fieldsOf, nullary } from "../../src/reduce/values.ts";
import { CONS, Constructor, NIL, Literal } from "../../src/core/index.ts";

const pending = (frame: unknown[]) => new Thunk(new Literal(1, undefined), frame);

test("a cyclic list stays cyclic, in new cells", () => {
  const first = new Data(CONS, 1, undefined);
  const second = new Data(CONS, 2, first);
  first.f1 = second;
  const copy = renewTerm([first], 100)![0] as Data;
  assert.notEqual(copy, first);
  const copiedSecond = copy.f1 as Data;
  assert.notEqual(copiedSecond, second);
  assert.equal(copiedSecond.f1, copy);
  assert.deepEqual([copy.f0, copiedSecond.f0], [1, 2]);
});

test("a frame used by two pending thunks is copied once; an evaluated thunk keeps its value", () => {
  const frame: unknown[] = [undefined, 7];
  const done = new Thunk(undefined, undefined);
  done.value = nullary(NIL);
  const cell = new Data(CONS, pending(frame), new Data(CONS, pending(frame), done));
  const copy = renewTerm([cell], 100)![0] as Data;
  const a = copy.f0 as Thunk, rest = copy.f1 as Data, b = rest.f0 as Thunk;
  assert.notEqual(a.frame, frame);
  assert.equal(a.frame, b.frame);
  assert.deepEqual(a.frame, frame);
  const evaluated = rest.f1 as Thunk;
  assert.notEqual(evaluated, done);
  assert.equal(evaluated.evaluated, true);
  assert.equal(evaluated.value, nullary(NIL));
});

test("a cell of more than two fields is copied with all of them", () => {
  const triple = new Constructor("Triple", "Test", 0, 3, [], undefined);
  const frame: unknown[] = [undefined, 7];
  const cell = new WideData(triple, 1, pending(frame), [pending(frame)]);
  const copy = renewTerm([cell], 100)![0] as WideData;
  assert.ok(copy instanceof WideData);
  const [first, second, third] = fieldsOf(copy) as [number, Thunk, Thunk];
  assert.equal(first, 1);
  assert.notEqual(copy.rest, cell.rest);
  assert.notEqual(third, cell.rest[0]);
  assert.equal(second.frame, third.frame);
  assert.deepEqual(third.frame, frame);
});

test("a graph larger than the limit is not copied", () => {
  let list: unknown = nullary(NIL);
  for (let index = 0; index < 50; index++) list = new Data(CONS, index, list);
  assert.equal(renewTerm([list], 20), undefined);
  assert.notEqual(renewTerm([list], 100), undefined);
});
