// The methods of derived instances, as Haskell 2010 (chapter 11) derives them: `==` and `compare`
// field by field through the fields' own instances, `showsPrec` with the report's precedences,
// `toEnum` by position, `minBound`/`maxBound` from the first and last constructor. The other
// methods come from the classes' defaults (or the built-in operations where they are the same).

import { Case, Construct, Fail, Global, Literal, Local, type Alternative, type Constructor, type Expr, type Primitive } from "../core/index.ts";
import { EQ, FALSE, TRUE, builtinModuleName } from "../core/builtins.ts";
import type { ClassInfo, Constraint, Instance } from "../types/index.ts";
import type { Span } from "../text/index.ts";
import type { Context } from "./context.ts";
import { applied, list, stringExpr } from "./expressions.ts";
import type { LocalScope } from "./locals.ts";

/** A derived method's parameters (allocated in the instance method's frame, after the context's dictionaries) and body. */
export interface DerivedMethod {
  readonly parameters: number;
  readonly body: Expr;
}

/** Prefix, record and infix constructors of the report's derived `showsPrec` (see Refrain.Primitive). */
const SHOWS_PREFIX = "primShowsPrefix", SHOWS_RECORD = "primShowsRecord", SHOWS_INFIX = "primShowsInfix", FROM_POSITION = "primEnumFromPosition";

export function derivedMethod(context: Context, info: ClassInfo, instance: Instance, method: string, scope: LocalScope, span: Span): DerivedMethod | undefined {
  const derivation = context.dictionaries.evidence?.instances.derivations.get(instance);
  if (derivation === undefined) return undefined;
  const constructors = derivation.data.constructors.map((declaration) => declaration.con);
  const fields = fieldsByConstructor(constructors, derivation.fields);
  const deriving = new Deriving(context, info, scope, span);
  switch (`${info.name}.${method}`) {
    case "Eq.==":
      return deriving.equality(constructors, fields);
    case "Ord.compare":
      return deriving.comparison(constructors, fields);
    case "Show.showsPrec":
      return deriving.showsPrec(constructors, fields);
    case "Enum.toEnum":
      return deriving.toEnum(constructors);
    case "Bounded.minBound":
      return deriving.bound(constructors[0], fields[0], "minBound");
    case "Bounded.maxBound":
      return deriving.bound(constructors[constructors.length - 1], fields[fields.length - 1], "maxBound");
    default:
      return undefined;
  }
}

function fieldsByConstructor(constructors: readonly Constructor[], fields: readonly Constraint[]): Constraint[][] {
  let at = 0;
  return constructors.map((constructor) => fields.slice(at, (at += constructor.arity)));
}

class Deriving {
  constructor(private readonly context: Context, private readonly info: ClassInfo, private readonly scope: LocalScope, private readonly span: Span) {}

  private slot(): number {
    return this.scope.frame.allocate();
  }

  private local(slot: number, name: string): Local {
    return new Local(0, slot, name);
  }

  /** The class's method at a field's evidence, applied. */
  private method(name: string, field: Constraint, args: readonly Expr[]): Expr {
    const { dictionaries } = this.context;
    return applied(this.context, dictionaries.method(this.info, name, field.evidence, this.scope, this.span), args, this.span);
  }

  private helper(name: string, args: readonly Expr[]): Expr {
    const cell = this.context.dictionaries.registry.cell(builtinModuleName, name);
    return applied(this.context, { expr: new Global(cell, this.span) }, args, this.span);
  }

  private constant(con: Constructor): Expr {
    return new Construct(con, [], this.span);
  }

  /** `case x of C a… -> case y of C b… -> same a b && …; _ -> different` for each constructor. */
  private pairwise(constructors: readonly Constructor[], fields: readonly Constraint[][], same: (left: Local[], right: Local[], fields: Constraint[]) => Expr, different: (x: Local, y: Local) => Expr): DerivedMethod {
    const x = this.local(this.slot(), "x"), y = this.local(this.slot(), "y");
    const alternatives = constructors.map((con, at): Alternative => {
      const left = Array.from({ length: con.arity }, () => this.slot()), right = Array.from({ length: con.arity }, () => this.slot());
      const body = same(left.map((slot) => this.local(slot, "a")), right.map((slot) => this.local(slot, "b")), fields[at]);
      const inner = new Case(y, -1, [{ con, fieldSlots: right, body, span: this.span }], different(x, y), this.span);
      return { con, fieldSlots: left, body: inner, span: this.span };
    });
    return { parameters: 2, body: new Case(x, -1, alternatives, new Fail(this.info.name, this.span, [x, y]), this.span) };
  }

  equality(constructors: readonly Constructor[], fields: readonly Constraint[][]): DerivedMethod {
    return this.pairwise(constructors, fields, (left, right, own) => own.reduceRight<Expr>(
      (rest, field, at) => new Case(this.method("==", field, [left[at], right[at]]), -1, [{ con: TRUE, fieldSlots: [], body: rest, span: this.span }], this.constant(FALSE), this.span),
      this.constant(TRUE),
    ), () => this.constant(FALSE));
  }

  /** Field by field until one differs; constructors by their order (the built-in comparison looks at nothing else). */
  comparison(constructors: readonly Constructor[], fields: readonly Constraint[][]): DerivedMethod {
    const builtin = this.info.methods.get("compare") as Primitive;
    return this.pairwise(constructors, fields, (left, right, own) => own.reduceRight<Expr>((rest, field, at) => {
      const result = this.slot();
      return new Case(this.method("compare", field, [left[at], right[at]]), result, [{ con: EQ, fieldSlots: [], body: rest, span: this.span }], this.local(result, "order"), this.span);
    }, this.constant(EQ)), (x, y) => applied(this.context, { primitive: builtin }, [x, y], this.span));
  }

  showsPrec(constructors: readonly Constructor[], fields: readonly Constraint[][]): DerivedMethod {
    const precedence = this.local(this.slot(), "d"), value = this.local(this.slot(), "x");
    const alternatives = constructors.map((con, at): Alternative => {
      const slots = Array.from({ length: con.arity }, () => this.slot());
      const values = slots.map((slot) => this.local(slot, "field"));
      const shows = (field: Constraint, inner: number, part: Local) => this.method("showsPrec", field, [new Literal(inner, this.span), part]);
      let body: Expr;
      if (con.fields.length === con.arity && con.arity > 0) {
        body = this.helper(SHOWS_RECORD, [precedence, stringExpr(con.name, this.span), this.list(con.fields.map((name) => stringExpr(name, this.span))),
          this.list(fields[at].map((field, index) => shows(field, 0, values[index])))]);
      } else if (con.isOperator && con.arity === 2) {
        const fixity = con.fixity?.precedence ?? 9;
        body = this.helper(SHOWS_INFIX, [precedence, new Literal(fixity, this.span), stringExpr(` ${con.name} `, this.span),
          shows(fields[at][0], fixity + 1, values[0]), shows(fields[at][1], fixity + 1, values[1])]);
      } else {
        const name = con.isOperator ? `(${con.name})` : con.name;
        body = this.helper(SHOWS_PREFIX, [precedence, stringExpr(name, this.span), this.list(fields[at].map((field, index) => shows(field, 11, values[index])))]);
      }
      return { con, fieldSlots: slots, body, span: this.span };
    });
    return { parameters: 2, body: new Case(value, -1, alternatives, new Fail("showsPrec", this.span, [value]), this.span) };
  }

  toEnum(constructors: readonly Constructor[]): DerivedMethod {
    const position = this.local(this.slot(), "n");
    return { parameters: 1, body: this.helper(FROM_POSITION, [this.constant(constructors[0]), position]) };
  }

  bound(con: Constructor, fields: readonly Constraint[], method: string): DerivedMethod {
    return { parameters: 0, body: new Construct(con, fields.map((field) => this.method(method, field, [])), this.span) };
  }

  private list(elements: readonly Expr[]): Expr {
    return list(elements, this.span);
  }
}
