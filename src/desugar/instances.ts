// Classes and instances as definitions: each instance's dictionary (a cell, a function of its
// context's dictionaries) and each of its methods (a cell printed as the method's name, so an
// edited instance method is used at its next unfolding like any top-level name); and each
// class's structural dictionary, for code run despite type errors.

import { Apply, Construct, Fail, Global, Lambda, type Expr, type GlobalCell, type Primitive } from "../core/index.ts";
import { builtinModuleName } from "../core/builtins.ts";
import type { ClassDeclaration, FunctionBinding, InstanceDeclaration, ResolvedModule } from "../resolve/index.ts";
import type { ClassInfo, Instance } from "../types/index.ts";
import type { Span } from "../text/index.ts";
import type { Context } from "./context.ts";
import { dictionaryConstructor, instanceCell, instanceName, methodCell, structuralCell } from "./dictionaries.ts";
import { derivedMethod } from "./derived.ts";
import { LocalScope } from "./locals.ts";

type Define = (cell: GlobalCell, lambda: Lambda) => void;
type Compile = (binding: FunctionBinding, outer: LocalScope | undefined) => Lambda;

/** The definitions of the module's classes' structural dictionaries and of its instances. */
export function defineClassesAndInstances(context: Context, module: ResolvedModule, define: Define, compile: Compile): void {
  const { dictionaries } = context;
  const evidence = dictionaries.evidence;
  if (evidence === undefined) return;
  for (const declaration of module.classes) {
    const info = dictionaries.classInfo(`${declaration.typeClass.module}.${declaration.typeClass.name}`);
    if (info !== undefined) define(structuralCell(dictionaries.registry, info), structuralDictionary(context, info, declaration));
  }
  const written = new Map([...evidence.instances.written].map(([declaration, instance]) => [instance, declaration]));
  for (const instance of evidence.instances.scopes.keys()) {
    const info = dictionaries.classInfo(instance.classId);
    if (info === undefined) continue;
    define(instanceCell(dictionaries.registry, instance), instanceDictionary(context, info, instance));
    for (const method of info.methods.keys()) {
      define(methodCell(dictionaries.registry, instance, method), instanceMethod(context, info, instance, method, written.get(instance), compile));
    }
  }
}

/** `D super… method…`: a function of the instance's context's dictionaries (a constant without one). */
function instanceDictionary(context: Context, info: ClassInfo, instance: Instance): Lambda {
  const { dictionaries } = context;
  const scope = LocalScope.function(undefined);
  const parameters = dictionaries.declareInstanceParameters(instance, scope);
  const span = instance.span ?? nowhere;
  const superclasses = (dictionaries.evidence!.instances.superclasses.get(instance) ?? [])
    .map((constraint) => dictionaries.dictionary(constraint.evidence, constraint.predicate.classId, scope, span));
  const methods = [...info.methods.keys()].map((method) => applyTo(new Global(methodCell(dictionaries.registry, instance, method), span), parameters, span));
  const body = new Construct(dictionaryConstructor(dictionaries.registry, info), [...superclasses, ...methods], span);
  return new Lambda(parameters.length, scope.frame.size, body, info.name, span);
}

/**
 * One method of an instance: as written; as derived; the built-in operation (an instance of the
 * built-in module over built-in types only, or one that writes none of its methods); the class's
 * default; the built-in operation (a derived or built-in instance); else an error when called.
 */
function instanceMethod(context: Context, info: ClassInfo, instance: Instance, method: string, declaration: InstanceDeclaration | undefined, compile: Compile): Lambda {
  const binding = declaration?.methods.functions.find((candidate) => candidate.name === method);
  if (binding !== undefined) return compile(binding, undefined);
  const { dictionaries } = context;
  const scope = LocalScope.function(undefined);
  const parameters = dictionaries.declareInstanceParameters(instance, scope);
  const span = instance.span ?? nowhere;
  const lambda = (body: Expr, own = 0) => new Lambda(parameters.length + own, scope.frame.size, body, method, span);
  const derived = instance.derived ? derivedMethod(context, info, instance, method, scope, span) : undefined;
  if (derived !== undefined) return lambda(derived.body, derived.parameters);
  const primitive = dictionaries.methodPrimitive(info, method);
  const builtin = instance.module === builtinModuleName;
  const builtinOperation = () => lambda(primitiveMethod(context, info, method, primitive!, span));
  if (primitive !== undefined && builtin && (instance.context.length === 0 || instance.written.length === 0)) return builtinOperation();
  const byDefault = dictionaries.defaultOf(info, method);
  if (byDefault !== undefined) {
    const dictionary = applyTo(new Global(instanceCell(dictionaries.registry, instance), span), parameters, span);
    return lambda(new Apply(new Global(byDefault, span), [dictionary], span));
  }
  if (primitive !== undefined && (builtin || instance.derived)) return builtinOperation();
  return lambda(new Fail(method, span, [], `the instance ${instanceName(instance)} has no \`${method}\`, and the class \`${info.name}\` no default for it`));
}

/**
 * A built-in operation as a class method's implementation: it takes the dictionaries of the
 * method's own context first (`Integral b` of `round`) and has no use for them.
 */
function primitiveMethod(context: Context, info: ClassInfo, method: string, primitive: Primitive, span: Span): Expr {
  const own = context.dictionaries.ownContext(info, method);
  const value = context.primitiveValue(primitive, span);
  return own === 0 ? value : new Lambda(own, own + 1, value, method, span);
}

/** The class's methods on any value: the built-in operations, and the defaults over this dictionary itself. */
function structuralDictionary(context: Context, info: ClassInfo, declaration: ClassDeclaration): Lambda {
  const { dictionaries } = context;
  const span = declaration.span;
  const self = new Global(structuralCell(dictionaries.registry, info), span);
  const superclasses = info.superclasses.map((classId) => dictionaries.structural(classId, span));
  const methods = [...info.methods.keys()].map((method): Expr => {
    const primitive = dictionaries.methodPrimitive(info, method);
    if (primitive !== undefined) return primitiveMethod(context, info, method, primitive, span);
    const byDefault = dictionaries.defaultOf(info, method);
    if (byDefault !== undefined) return new Apply(new Global(byDefault, span), [self], span);
    return new Fail(method, span, [], `\`${method}\` is used at a type the type check could not settle (the module runs despite type errors)`);
  });
  return new Lambda(0, 1, new Construct(dictionaryConstructor(dictionaries.registry, info), [...superclasses, ...methods], span), info.name, span);
}

const nowhere: Span = { file: "", start: 0, end: 0 };

function applyTo(fn: Expr, args: readonly Expr[], span: Span): Expr {
  return args.length === 0 ? fn : new Apply(fn, args, span);
}
