// The types built into the language as the resolver names them: `[]`, `()`, `->`, tuples (which
// have syntax of their own) and those `Refrain.Primitive` exports (Bool, Ordering, the numbers, Char).

import { CONS, EQ, FALSE, GT, LT, NIL, TRUE, UNIT, builtinModuleName, tupleConstructor, type Constructor } from "../core/index.ts";
import type { TypeEntity } from "./scope.ts";

function builtinType(name: string, constructors: readonly Constructor[] = []): TypeEntity {
  return { name, module: builtinModuleName, sort: constructors.length > 0 ? "data" : "builtin", constructors, fields: [] };
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
