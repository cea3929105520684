// Constructors the language itself relies on: lists, unit, tuples, Bool and Ordering.
// Literals, guards, comparisons and list syntax desugar to these.

import { Constructor, type Fixity } from "./term.ts";

const BUILTIN = "Refrain.Primitive";

function family(names: readonly string[], arities: readonly number[], fixities: (Fixity | undefined)[] = []): Constructor[] {
  const constructors = names.map(
    (name, tag) => new Constructor(name, BUILTIN, tag, arities[tag], [], fixities[tag]),
  );
  for (const constructor of constructors) constructor.siblings = constructors;
  return constructors;
}

export const [NIL, CONS] = family(["[]", ":"], [0, 2], [undefined, { associativity: "right", precedence: 5 }]);
export const [UNIT] = family(["()"], [0]);
export const [FALSE, TRUE] = family(["False", "True"], [0, 0]);
export const [LT, EQ, GT] = family(["LT", "EQ", "GT"], [0, 0, 0]);

const tuples = new Map<number, Constructor>();

/** The tuple constructor `(,)`, `(,,)`, … of the given size (2 or more). */
export function tupleConstructor(size: number): Constructor {
  let constructor = tuples.get(size);
  if (!constructor) {
    [constructor] = family(["(" + ",".repeat(size - 1) + ")"], [size]);
    tuples.set(size, constructor);
  }
  return constructor;
}

export function isTuple(constructor: Constructor): boolean {
  return constructor.name.startsWith("(,");
}

export const builtinModuleName = BUILTIN;
