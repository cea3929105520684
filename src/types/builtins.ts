// The types built into the language (`Integer`, `Char`, `[]`, `->`, tuples, Bool, Ordering, …)
// and the schemes of their constructors, as one environment layer every check starts from.

import { CONS, EQ, FALSE, GT, LT, NIL, TRUE, UNIT, builtinModuleName, tupleConstructor } from "../core/builtins.ts";
import { builtinTypes } from "../resolve/builtin-types.ts";
import type { Constructor } from "../core/term.ts";
import type { ModuleEnvironment, TypeInfo } from "./environment.ts";
import {
  ARROW, BOOL, LIST, STAR, UNIT as UNIT_TYPE, functionOf, generic, kindArrow, listType, tupleConstructorType, tupleType, typeConstructor,
  type Scheme, type Type, type TypeConstructor,
} from "./type.ts";

/** Tuples up to this size have types; Haskell 2010 asks for at least 15. */
const LARGEST_TUPLE = 15;

const ORDERING = typeConstructor(builtinModuleName, "Ordering", STAR);

function scheme(count: number, type: Type): Scheme {
  return { count, names: [], context: [], type };
}

function info(constructor: TypeConstructor, constructors: readonly Constructor[] = []): [string, TypeInfo] {
  return [constructor.id, { constructor, synonym: undefined, constructors }];
}

function build(): ModuleEnvironment {
  const types = new Map<string, TypeInfo>([info(ARROW), info(LIST, [NIL, CONS]), info(UNIT_TYPE, [UNIT]), info(BOOL, [FALSE, TRUE]), info(ORDERING, [LT, EQ, GT])]);
  for (const name of builtinTypes.keys()) {
    if (!types.has(`${builtinModuleName}.${name}`)) {
      types.set(`${builtinModuleName}.${name}`, { constructor: typeConstructor(builtinModuleName, name, name === "Ratio" ? kindArrow(STAR, STAR) : STAR), synonym: undefined, constructors: [] });
    }
  }
  const a = generic(0);
  const values = new Map<object, Scheme>([
    [NIL, scheme(1, listType(a))],
    [CONS, scheme(1, functionOf([a, listType(a)], listType(a)))],
    [UNIT, scheme(0, UNIT_TYPE)],
    [FALSE, scheme(0, BOOL)],
    [TRUE, scheme(0, BOOL)],
    ...[LT, EQ, GT].map((con): [object, Scheme] => [con, scheme(0, ORDERING)]),
  ]);
  for (let size = 2; size <= LARGEST_TUPLE; size++) {
    const con = tupleConstructor(size);
    types.set(tupleConstructorType(size).id, { constructor: tupleConstructorType(size), synonym: undefined, constructors: [con] });
    const elements = Array.from({ length: size }, (_, at) => generic(at));
    values.set(con, scheme(size, functionOf(elements, tupleType(elements))));
  }
  return { name: "(built in)", types, classes: new Map(), instances: [], values, methods: new Map() };
}

/** The built-in layer (made once: built-in constructor objects never change). */
export const builtinLayer: ModuleEnvironment = build();
