// What resolving one module needs at every node: its scope, the declared fixities, the record
// fields of the types in scope, and the diagnostics found so far.

import type { Constructor, Fixity, Primitive } from "../core/term.ts";
import { CONS, NIL, UNIT, tupleConstructor } from "../core/builtins.ts";
import { defaultFixity, resolveFixities, type Resolved } from "./fixity.ts";
import { entityIdentity, type ModuleScope, type TypeEntity, type ValueEntity } from "./scope.ts";
import type { InfixOperator, Name, Negation } from "../parse/index.ts";
import { DiagnosticError, error, warning, type Diagnostic, type Span } from "../text/index.ts";
import type { Locals } from "./locals.ts";
import { didYouMean } from "./similar.ts";

export class Resolver {
  readonly diagnostics: Diagnostic[] = [];
  /** Record field name → the constructors that have it (for record updates). */
  readonly fieldOwners = new Map<string, Constructor[]>();

  constructor(
    readonly module: string,
    readonly scope: ModuleScope,
    /** Declared fixities of top-level operators, by entity identity (shared by all modules). */
    readonly declaredFixities: Map<object, Fixity>,
    /** The primitive a prefix minus calls. */
    readonly negate: Primitive,
  ) {}

  report(span: Span, message: string): void {
    this.diagnostics.push(error(span, message));
  }

  /** A module-level value name, with a diagnostic when it is unknown or ambiguous. */
  resolve(name: Name): ValueEntity | undefined {
    const found = this.scope.lookup(name);
    const shown = name.qualifier ? `${name.qualifier}.${name.text}` : name.text;
    if (found.kind === "missing") {
      const suggestion = name.qualifier === undefined && /^[a-z_]/i.test(name.text) ? didYouMean(name.text, this.scope.visibleNames()) : "";
      this.report(name.span, `\`${shown}\` is not defined${suggestion}`);
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

  /** A type or class name, with a diagnostic when it is unknown. */
  resolveType(name: Name, what: "type" | "class"): TypeEntity | undefined {
    const found = this.scope.lookupType(name);
    const shown = name.qualifier ? `${name.qualifier}.${name.text}` : name.text;
    if (found === undefined) this.report(name.span, `the ${what} \`${shown}\` is not defined`);
    else if ((found.sort === "class") !== (what === "class")) {
      this.report(name.span, what === "class" ? `\`${shown}\` is a type, not a class` : `\`${shown}\` is a class, not a type`);
      return undefined;
    }
    return found;
  }

  /** The fixity of an operator: a local one's from its scope, else the declared one, else infixl 9. */
  fixity(operator: InfixOperator, locals: Locals | undefined): Fixity {
    const name = operator.name;
    if (name.qualifier === undefined && name.text === ":") return { associativity: "right", precedence: 5 };
    if (name.qualifier === undefined && locals) {
      const local = locals.lookupFixity(name.text);
      if (local !== undefined) return local ?? defaultFixity;
    }
    const found = this.scope.lookup(name);
    if (found.kind !== "found") return defaultFixity;
    return this.declaredFixities.get(entityIdentity(found.entity)) ?? defaultFixity;
  }

  /** An infix chain as a tree by the fixities of its operators; undefined (and reported) when they conflict. */
  fixities<T>(items: readonly (T | InfixOperator | Negation)[], locals: Locals, spanOf: (operand: T) => Span): Resolved<T> | undefined {
    try {
      return resolveFixities<T>(items, (operator) => this.fixity(operator, locals), spanOf);
    } catch (problem) {
      if (!(problem instanceof DiagnosticError)) throw problem;
      this.diagnostics.push(...problem.diagnostics);
      return undefined;
    }
  }
}
