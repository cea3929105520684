// The library image's codec (program/image-codec.ts): a graph of objects through JSON and back,
// with sharing kept, class instances made by their constructors, named objects resolved by the
// reader, the library's file names made relative, and cycles allowed only through late fields.

import assert from "node:assert/strict";
import { test } from "node:test";
import { decode, encode, type ClassCodec, type Externals } from "../../src/program/image-codec.ts";

class Pair {
  made = "by the constructor";
  next: Pair | undefined = undefined;
  constructor(readonly left: unknown, readonly right: unknown) {}
}

const pairs: ClassCodec<Pair> = {
  name: "Pair",
  type: Pair,
  args: (pair) => [pair.left, pair.right],
  make: (left, right) => new Pair(left, right),
  late: { read: (pair) => [pair.next], write: (pair, [next]) => void (pair.next = next as Pair | undefined) },
};

const writerCell = { cell: "Prelude.map" };
const readerCell = { cell: "Prelude.map, the reader's" };
const externals: Externals = {
  name: (value) => (value === writerCell ? "Prelude.map" : undefined),
  resolve: (name) => (name === "Prelude.map" ? readerCell : assert.fail(`asked for ${String(name)}`)),
  shortFile: (text) => (text.startsWith("/build/lib/") ? text.slice("/build/lib/".length) : undefined),
  fullFile: (short) => `/installed/lib/${short}`,
};

/** Through JSON text, as an image is stored. */
const roundTrip = (value: unknown) => decode(JSON.parse(JSON.stringify(encode(value, [pairs], externals))), [pairs], externals);

test("an object met twice is one object after, and two equal objects stay two", () => {
  const span = { file: "x", start: 1, end: 2 };
  const [first, second, third] = roundTrip([span, span, { ...span }]) as object[];
  assert.equal(first, second);
  assert.notEqual(first, third);
  assert.deepEqual(third, span);
});

test("class instances are made by their constructors, with their late fields set after", () => {
  const pair = roundTrip(new Pair(1, [2, "three"])) as Pair;
  assert.ok(pair instanceof Pair);
  assert.equal(pair.made, "by the constructor");
  assert.deepEqual([pair.left, pair.right], [1, [2, "three"]]);
});

test("a cycle through late fields is kept; one through a constructor's arguments is refused", () => {
  const loop = new Pair("a", undefined);
  loop.next = new Pair("b", undefined);
  loop.next.next = loop;
  const decoded = roundTrip({ loop }) as { loop: Pair };
  assert.equal(decoded.loop.next!.next, decoded.loop);
  assert.equal(decoded.loop.next!.left, "b");
  const inArguments = new Pair([], undefined);
  (inArguments.left as unknown[]).push(inArguments);
  assert.throws(() => encode(inArguments, [pairs], externals), /cycle through a constructor's arguments/);
});

test("numbers JSON cannot hold, big integers, undefined, maps and sets come back", () => {
  const value = { special: [NaN, -0, Infinity, -Infinity, 2 ** 60, 12345678901234567890n], missing: undefined, map: new Map<unknown, unknown>([[1, "one"], ["two", new Set([2])]]) };
  const decoded = roundTrip(value) as typeof value;
  assert.deepEqual(decoded, value);
  assert.ok(Object.is(decoded.special[1], -0));
  assert.ok(Object.hasOwn(decoded, "missing"));
});

test("named objects are the reader's, and the library's files are found where it is now", () => {
  const decoded = roundTrip({ uses: writerCell, span: { file: "/build/lib/Prelude.hs" }, song: "/home/song.hs" }) as Record<string, unknown>;
  assert.equal(decoded.uses, readerCell);
  assert.deepEqual(decoded.span, { file: "/installed/lib/Prelude.hs" });
  assert.equal(decoded.song, "/home/song.hs");
});

test("a value of a class the image does not know is refused by name", () => {
  class Unknown {}
  assert.throws(() => encode([new Unknown()], [pairs], externals), /cannot hold a Unknown/);
  assert.throws(() => encode({ run: () => 1 }, [pairs], externals), /cannot hold a Function/);
});
