// Desugars one resolved module to core: a definition for every top-level function, constant,
// pattern-bound variable, record field selector, class method default, and the dictionaries and
// methods of its instances.

import { Case, Fail, Lambda, Let, Local, type Constructor, type Definition, type GlobalCell } from "../core/term.ts";
import { compileExpr } from "./expressions.ts";
import { compileConstant, compileFunction, compileLocalBindings, isFunction } from "./bindings.ts";
import type { Dictionaries } from "./dictionaries.ts";
import { defineClassesAndInstances } from "./instances.ts";
import { LocalScope } from "./locals.ts";
import { Context, type Support } from "./context.ts";
import type { Locating } from "./located.ts";
import { flattenDefinition } from "./flatten.ts";
import { patternBinders } from "../resolve/walk.ts";
import type { Expr, FunctionBinding, ResolvedModule } from "../resolve/tree.ts";
import type { Span } from "../text/index.ts";

/** Every definition of a resolved, well-typed module (desugaring finds no new errors). */
export function desugarModule(module: ResolvedModule, support: Support, dictionaries: Dictionaries, locating?: Locating): Map<GlobalCell, Definition> {
  const context = new Context(support, dictionaries, locating);
  const definitions = new Map<GlobalCell, Definition>();
  const define = (cell: GlobalCell, lambda: Lambda) => {
    definitions.set(cell, { name: cell.name, module: module.name, lambda: flattenDefinition(lambda), span: lambda.span });
  };
  const compile = (binding: FunctionBinding, outer: LocalScope | undefined) =>
    (isFunction(context, binding) ? compileFunction(context, binding, outer) : compileConstant(context, binding, outer));
  const defineFunction = (binding: FunctionBinding) => define(binding.binder as GlobalCell, compile(binding, undefined));
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
  defineClassesAndInstances(context, module, define, compile);
  for (const { cell, lambda } of dictionaries.constants) define(cell, lambda);
  return definitions;
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

/** An expression (for `refrain eval`, Play selection) as a body without arguments. */
export function desugarExpression(expression: Expr, support: Support, dictionaries: Dictionaries): Lambda {
  const context = new Context(support, dictionaries);
  const scope = LocalScope.function(undefined);
  const body = compileExpr(context, expression, scope);
  return flattenDefinition(new Lambda(0, scope.frame.size, body, "expression", expression.span));
}
