// What desugaring one module needs at every node: the module scope, fixities, the support
// functions of `Refrain.Primitive`, diagnostics, and the cells the current definition uses.

import {
  Construct, Fail, Global, Lambda, Local, PrimitiveCall, type Constructor, type Expr, type Fixity,
  type GlobalCell, type Primitive,
} from "./core.ts";
import { CONS, NIL, UNIT, tupleConstructor } from "./builtins.ts";
import { defaultFixity } from "./fixity.ts";
import type { LocalScope } from "./locals.ts";
import { entityIdentity, type ModuleScope, type ValueEntity } from "./scope.ts";
import type { InfixOperator, Name } from "../parse/index.ts";
import { error, warning, type Diagnostic, type Span } from "../text/index.ts";

/** Functions of `Refrain.Primitive` that desugared syntax calls (ranges, comprehensions). */
export interface Support {
  readonly enumFrom: GlobalCell;
  readonly enumFromThen: GlobalCell;
  readonly enumFromTo: GlobalCell;
  readonly enumFromThenTo: GlobalCell;
  readonly concatMap: GlobalCell;
  readonly negate: Primitive;
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
  readonly diagnostics: Diagnostic[] = [];
  /** Record field name → the constructors that have it (for record updates). */
  readonly fieldOwners = new Map<string, Constructor[]>();

  constructor(
    readonly module: string,
    readonly scope: ModuleScope,
    /** Declared fixities of top-level operators, by entity identity (shared by all modules). */
    readonly fixities: Map<object, Fixity>,
    readonly support: Support,
  ) {}

  report(span: Span, message: string): void {
    this.diagnostics.push(error(span, message));
  }

  /** A placeholder for an expression that failed to compile (the program is not used then). */
  broken(span: Span): Expr {
    return new Fail("(error)", span, []);
  }

  /** A module-level value name, with a diagnostic when it is unknown or ambiguous. */
  resolve(name: Name): ValueEntity | undefined {
    const found = this.scope.lookup(name);
    const shown = name.qualifier ? `${name.qualifier}.${name.text}` : name.text;
    if (found.kind === "missing") {
      this.report(name.span, `\`${shown}\` is not defined`);
      return undefined;
    }
    if (found.kind === "ambiguous") {
      const modules = found.candidates.map((candidate) => candidate.module).join(", ");
      this.report(name.span, `\`${shown}\` is ambiguous: it is defined in ${modules}; qualify it or hide one import`);
      return undefined;
    }
    if (found.unlisted) {
      this.diagnostics.push(warning(name.span,
        `\`${shown}\` is not in the import list of \`${found.unlisted.module.text}\`; using \`${found.entity.module}.${found.entity.name}\``));
    }
    return found.entity;
  }

  /** The constructor a name denotes: built-in syntax (`()`, `[]`, `:`, `(,)`) or from scope. */
  constructorOf(name: Name): Constructor | undefined {
    if (name.qualifier === undefined) {
      if (name.text === "()") return UNIT;
      if (name.text === "[]") return NIL;
      if (name.text === ":") return CONS;
      if (/^\(,+\)$/.test(name.text)) return tupleConstructor(name.text.length - 1);
    }
    const entity = this.resolve(name);
    if (entity === undefined) return undefined;
    if (entity.kind !== "constructor") {
      this.report(name.span, `\`${name.text}\` is not a constructor`);
      return undefined;
    }
    return entity.con;
  }

  /** A reference to a top-level entity used as a value. */
  entityValue(entity: ValueEntity, span: Span): Expr {
    switch (entity.kind) {
      case "global":
        return new Global(entity.cell, span);
      case "constructor":
        return this.constructorValue(entity.con, span);
      case "primitive":
        return wrapper(entity.primitive, entity.primitive.arity, (args) => new PrimitiveCall(entity.primitive, args, span), span);
    }
  }

  constructorValue(constructor: Constructor, span: Span): Expr {
    if (constructor.arity === 0) return new Construct(constructor, [], span);
    return wrapper(constructor, constructor.arity, (args) => new Construct(constructor, args, span), span);
  }

  global(cell: GlobalCell, span: Span): Global {
    return new Global(cell, span);
  }

  /** The fixity of an operator: a local one's from its scope, else the declared one, else infixl 9. */
  fixity(operator: InfixOperator, locals: LocalScope | undefined): Fixity {
    const name = operator.name;
    if (name.qualifier === undefined && name.text === ":") return { associativity: "right", precedence: 5 };
    if (name.qualifier === undefined && locals) {
      const local = locals.lookupFixity(name.text);
      if (local !== undefined) return local ?? defaultFixity;
    }
    const found = this.scope.lookup(name);
    if (found.kind !== "found") return defaultFixity;
    return this.fixities.get(entityIdentity(found.entity)) ?? defaultFixity;
  }
}
