// Local names while resolving: each scope maps the names its patterns, lambdas, `let` and `where`
// bind to their variables, and keeps the fixities declared for them there.

import { LocalVariable } from "./tree.ts";
import type { Fixity } from "../core/term.ts";

export class Locals {
  private readonly variables = new Map<string, LocalVariable>();
  /** Fixities declared for operators bound in this scope (`where infixl 6 <+>`). */
  readonly fixities = new Map<string, Fixity>();

  constructor(readonly parent: Locals | undefined) {}

  nested(): Locals {
    return new Locals(this);
  }

  /** Binds a new variable of that name in this scope (shadowing outer ones). */
  bind(name: string, span: LocalVariable["span"]): LocalVariable {
    const variable = new LocalVariable(name, span);
    this.variables.set(name, variable);
    return variable;
  }

  has(name: string): boolean {
    return this.variables.has(name);
  }

  lookup(name: string): LocalVariable | undefined {
    for (let scope: Locals | undefined = this; scope !== undefined; scope = scope.parent) {
      const variable = scope.variables.get(name);
      if (variable !== undefined) return variable;
    }
    return undefined;
  }

  /** The fixity of a local operator: undefined when not local, null when local without a declaration. */
  lookupFixity(name: string): Fixity | undefined | null {
    for (let scope: Locals | undefined = this; scope !== undefined; scope = scope.parent) {
      if (scope.variables.has(name)) return scope.fixities.get(name) ?? null;
    }
    return undefined;
  }
}
