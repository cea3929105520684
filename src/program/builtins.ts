// Constructors the language itself relies on: lists, unit, tuples, Bool and Ordering.
// Literals, guards, comparisons and list syntax desugar to these.

import { Constructor, type Fixity } from "./core.ts";
import type { TypeEntity } from "./scope.ts";

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

function builtinType(name: string, constructors: readonly Constructor[] = []): TypeEntity {
  return { name, module: BUILTIN, sort: constructors.length > 0 ? "data" : "builtin", constructors, fields: [] };
}

/** Types with syntax of their own: `[a]`, `()`, `a -> b`, `(a, b)`. */
export const LIST_TYPE = builtinType("[]", [NIL, CONS]);
export const UNIT_TYPE = builtinType("()", [UNIT]);
export const FUNCTION_TYPE = builtinType("->");

const tupleTypes = new Map<number, TypeEntity>();

/** The tuple type `(,)`, `(,,)`, … of the given size (2 or more). */
export function tupleType(size: number): TypeEntity {
  let type = tupleTypes.get(size);
  if (!type) {
    type = builtinType(tupleConstructor(size).name, [tupleConstructor(size)]);
    tupleTypes.set(size, type);
  }
  return type;
}

/** Built-in types by name, as the module `Refrain.Primitive` exports them. */
export const builtinTypes: ReadonlyMap<string, TypeEntity> = new Map([
  builtinType("Bool", [FALSE, TRUE]),
  builtinType("Ordering", [LT, EQ, GT]),
  builtinType("Integer"),
  builtinType("Int"),
  builtinType("Double"),
  builtinType("Float"),
  builtinType("Char"),
  builtinType("Ratio"),
].map((type) => [type.name, type]));
