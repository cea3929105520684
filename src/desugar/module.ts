// Desugars one resolved module to core: a definition for every top-level function, constant,
// pattern-bound variable, record field selector and class method default.

import { Case, Fail, Lambda, Let, Local, type Constructor, type Definition, type Fixity, type GlobalCell } from "../core/term.ts";
import { compileConstant, compileFunction, compileLocalBindings } from "./bindings.ts";
import { LocalScope } from "./locals.ts";
import { Context, type Support } from "./context.ts";
import { patternBinders } from "./patterns.ts";
import type { ModuleInterface, ModuleScope } from "../resolve/scope.ts";
import type { Module } from "../parse/index.ts";
import type { FunctionBinding, ResolvedModule } from "../resolve/tree.ts";
import type { TypeCheckResult } from "../types/index.ts";
import type { Diagnostic, Span } from "../text/index.ts";

export interface CompiledModule {
  readonly name: string;
  readonly interface: ModuleInterface;
  readonly scope: ModuleScope;
  readonly syntax: Module;
  /** Record field name → the constructors in scope that have it (for record updates in expressions). */
  readonly fieldOwners: ReadonlyMap<string, readonly Constructor[]>;
  /** Fixities the module declares, by entity. */
  readonly fixities: ReadonlyMap<object, Fixity>;
  readonly resolved: ResolvedModule;
  /** The module's types (undefined when it did not resolve). */
  readonly typed: TypeCheckResult | undefined;
  /** Asks to run despite type errors (`{-# OPTIONS_GHC -fdefer-type-errors #-}`); so do expressions in its scope. */
  readonly defersTypeErrors: boolean;
  readonly definitions: ReadonlyMap<GlobalCell, Definition>;
  readonly diagnostics: readonly Diagnostic[];
}

export function desugarModule(module: ResolvedModule, support: Support): { definitions: Map<GlobalCell, Definition>; diagnostics: Diagnostic[] } {
  const context = new Context(support);
  const definitions = new Map<GlobalCell, Definition>();
  const define = (cell: GlobalCell, lambda: Lambda) => {
    definitions.set(cell, { name: cell.name, module: module.name, lambda, span: lambda.span });
  };
  const defineFunction = (binding: FunctionBinding) => {
    const cell = binding.binder as GlobalCell;
    define(cell, binding.clauses[0].patterns.length > 0 ? compileFunction(context, binding, undefined) : compileConstant(context, binding, undefined));
  };
  module.bindings.functions.forEach(defineFunction);
  for (const binding of module.bindings.patterns) {
    for (const binder of patternBinders(binding.pattern)) {
      // `(a, b) = e` at the top level: each variable is a constant selecting its part of e.
      const scope = LocalScope.function(undefined);
      const bindings = compileLocalBindings(context, { functions: [], patterns: [binding], signatures: new Map() }, scope);
      define(binder as GlobalCell, new Lambda(0, scope.frame.size, new Let(bindings, scope.lookup(binder)!), binder.name, binding.span));
    }
  }
  for (const selector of module.selectors) {
    const owners = selector.type.constructors.filter((constructor) => constructor.fields.includes(selector.field));
    define(selector.cell, fieldSelector(selector.field, owners, selector.span));
  }
  for (const declaration of module.classes) declaration.defaults.functions.forEach(defineFunction);
  return { definitions, diagnostics: context.diagnostics };
}

/** `field record`: the field's value in whichever constructor has it. */
function fieldSelector(field: string, owners: readonly Constructor[], span: Span): Lambda {
  const slots = 2;
  const alternatives = owners.map((constructor, index) => ({
    con: constructor,
    fieldSlots: constructor.fields.map((name) => (name === field ? slots + index : -1)),
    body: new Local(0, slots + index, field),
    span,
  }));
  const failure = new Fail(`the field selector \`${field}\``, span, [new Local(0, 1, "record")]);
  return new Lambda(1, slots + owners.length, new Case(new Local(0, 1, "record"), -1, alternatives, failure, span), field, span);
}
