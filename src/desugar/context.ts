// What desugaring one module needs at every node: the support functions of `Refrain.Primitive`,
// the class evidence, constructors and primitives as function values, and the diagnostics found so far.

import {
  Construct, Fail, Global, Lambda, Local, PrimitiveCall, type Constructor, type Expr, type GlobalCell, type Primitive,
} from "../core/term.ts";
import type { ValueEntity } from "../resolve/scope.ts";
import type { Locating } from "./located.ts";
import type { Dictionaries } from "./dictionaries.ts";
import type { Span } from "../text/index.ts";

/** Functions of `Refrain.Primitive` that desugared syntax calls (comprehensions). */
export interface Support {
  readonly concatMap: GlobalCell;
}

const wrappers = new WeakMap<object, Lambda>();

/** A constructor or primitive as a function value: `\a b -> C a b`. */
function wrapper(target: Constructor | Primitive, arity: number, build: (args: Expr[]) => Expr, span: Span): Lambda {
  let lambda = wrappers.get(target);
  if (!lambda) {
    const args = Array.from({ length: arity }, (_, index) => new Local(0, index + 1, `x${index + 1}`));
    lambda = new Lambda(arity, arity + 1, build(args), target.name, span);
    wrappers.set(target, lambda);
  }
  return lambda;
}

export class Context {
  /** `locating`: in the song's own modules, how calls of Euterpea.Music carry their place (see located.ts). */
  constructor(readonly support: Support, readonly dictionaries: Dictionaries, readonly locating?: Locating) {}

  /** A placeholder for an expression that cannot run (the program is not used then). */
  broken(span: Span): Expr {
    return new Fail("(error)", span, []);
  }

  /** A reference to a top-level entity used as a value. */
  entityValue(entity: ValueEntity, span: Span): Expr {
    switch (entity.kind) {
      case "global":
        return new Global(entity.cell, span);
      case "constructor":
        return this.constructorValue(entity.con, span);
      case "primitive":
        return this.primitiveValue(entity.primitive, span);
    }
  }

  /** A primitive as a function value: `\a b -> primitive a b`. */
  primitiveValue(primitive: Primitive, span: Span): Expr {
    return wrapper(primitive, primitive.arity, (args) => new PrimitiveCall(primitive, args, span), span);
  }

  constructorValue(constructor: Constructor, span: Span): Expr {
    if (constructor.arity === 0) return new Construct(constructor, [], span);
    return wrapper(constructor, constructor.arity, (args) => new Construct(constructor, args, span), span);
  }

  global(cell: GlobalCell, span: Span): Global {
    return new Global(cell, span);
  }
}
