// Compiles one module: declares its data types, constructors, functions and fixities, builds
// its scope from its imports, desugars every definition to core and computes its exports.

import { Constructor, Fail, Lambda, Let, Local, Case, type Definition, type Fixity, type GlobalCell, type Primitive } from "./core.ts";
import { builtinModuleName, builtinTypes } from "./builtins.ts";
import { compileConstant, compileFunction, compileLocalDeclarations, groupDeclarations } from "./bindings.ts";
import { LocalScope } from "./locals.ts";
import { Context, type Support } from "./context.ts";
import { ModuleScope, entityIdentity, type ModuleInterface, type TypeEntity, type ValueEntity } from "./scope.ts";
import { patternVariables } from "./patterns.ts";
import type { DataDeclaration, Module, TypeSignature } from "../parse/index.ts";
import { DiagnosticError, warning, type Diagnostic } from "../text/index.ts";

/** Cells and constructors that persist across live edits, so the running term sees new versions. */
export interface Registry {
  cell(module: string, name: string): GlobalCell;
  /** The constructor of that name; the same object as before when its shape is unchanged. */
  dataConstructor(module: string, name: string, tag: number, arity: number, fields: readonly string[], fixity: Fixity | undefined): Constructor;
}

export interface CompiledModule {
  readonly name: string;
  readonly interface: ModuleInterface;
  readonly definitions: ReadonlyMap<GlobalCell, Definition>;
  readonly signatures: ReadonlyMap<string, TypeSignature>;
  readonly scope: ModuleScope;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ModuleEnvironment {
  readonly registry: Registry;
  readonly fixities: Map<object, Fixity>;
  readonly support: Support;
  /** Interfaces of the modules compiled so far, by name. */
  readonly interfaces: ReadonlyMap<string, ModuleInterface>;
  /** The built-in operations (declared only in `Refrain.Primitive`). */
  readonly primitives: readonly Primitive[];
}

/** The module whose definitions every other module sees unless it imports it explicitly. */
export const implicitModule = "Prelude";

export function compileModule(ast: Module, environment: ModuleEnvironment): CompiledModule {
  const name = ast.name.text;
  const scope = new ModuleScope(name);
  const context = new Context(name, scope, environment.fixities, environment.support);
  const own = new Map<string, ValueEntity>();
  const ownTypes = new Map<string, TypeEntity>();
  const declare = (entity: ValueEntity) => {
    own.set(entity.name, entity);
    scope.declare(entity);
  };

  if (name === builtinModuleName) {
    for (const primitive of environment.primitives) declare({ kind: "primitive", primitive, module: name, name: primitive.name });
    for (const [typeName, type] of builtinTypes) {
      for (const con of type.constructors) declare({ kind: "constructor", con, module: name, name: con.name });
      ownTypes.set(typeName, type);
    }
  }
  importModules(ast, scope, environment, context);

  const operatorFixities = new Map<string, Fixity>();
  for (const declaration of ast.declarations) {
    if (declaration.kind !== "fixity") continue;
    for (const operator of declaration.operators) {
      operatorFixities.set(operator.text, { associativity: declaration.associativity, precedence: declaration.precedence });
    }
  }

  const selectors: { cell: GlobalCell; field: string; owners: Constructor[]; span: DataDeclaration["span"] }[] = [];
  for (const declaration of ast.declarations) {
    if (declaration.kind === "data") {
      const type = declareData(declaration, name, environment.registry, operatorFixities, declare);
      ownTypes.set(type.name, type);
      scope.declareType(type);
      for (const field of type.fields) {
        const cell = environment.registry.cell(name, field);
        const owners = type.constructors.filter((constructor) => constructor.fields.includes(field));
        selectors.push({ cell, field, owners, span: declaration.span });
        declare({ kind: "global", cell, module: name, name: field });
      }
    } else if (declaration.kind === "typeSynonym") {
      const type: TypeEntity = { name: declaration.name.text, module: name, sort: "synonym", constructors: [], fields: [] };
      ownTypes.set(type.name, type);
      scope.declareType(type);
    } else if (declaration.kind === "class") {
      context.report(declaration.span, "type classes are not supported: `show`, `==` and `compare` work on every value without instances");
    } else if (declaration.kind === "instance") {
      context.diagnostics.push(warning(declaration.span, "instance declarations are ignored: `show`, `==` and `compare` work on every value"));
    }
  }

  const groups = groupDeclarations(context, ast.declarations);
  for (const group of groups.functions) declare({ kind: "global", cell: environment.registry.cell(name, group.name), module: name, name: group.name });
  for (const binding of groups.patterns) {
    for (const variable of patternVariables(binding.pattern)) {
      declare({ kind: "global", cell: environment.registry.cell(name, variable.name), module: name, name: variable.name });
    }
  }

  for (const [operator, fixity] of operatorFixities) {
    const found = scope.lookup({ qualifier: undefined, text: operator, span: ast.span });
    if (found.kind === "found") environment.fixities.set(entityIdentity(found.entity), fixity);
  }
  for (const type of allTypes(environment.interfaces, ownTypes)) {
    for (const constructor of type.constructors) {
      for (const field of constructor.fields) {
        const owners = context.fieldOwners.get(field) ?? [];
        if (!owners.includes(constructor)) context.fieldOwners.set(field, [...owners, constructor]);
      }
    }
  }

  const definitions = new Map<GlobalCell, Definition>();
  const define = (cell: GlobalCell, definitionName: string, compile: () => Lambda) => {
    try {
      const lambda = compile();
      definitions.set(cell, { name: definitionName, module: name, lambda, span: lambda.span });
    } catch (problem) {
      if (!(problem instanceof DiagnosticError)) throw problem;
      context.diagnostics.push(...problem.diagnostics);
    }
  };
  for (const group of groups.functions) {
    const cell = environment.registry.cell(name, group.name);
    define(cell, group.name, () => (group.clauses[0].args.length > 0 ? compileFunction(context, group, undefined) : compileConstant(context, group, undefined)));
  }
  for (const binding of groups.patterns) {
    for (const variable of patternVariables(binding.pattern)) {
      define(environment.registry.cell(name, variable.name), variable.name, () => {
        // `(a, b) = e` at the top level: each variable is a constant selecting its part of e.
        const scope = LocalScope.function(undefined);
        const bindings = compileLocalDeclarations(context, [binding], scope);
        return new Lambda(0, scope.frame.size, new Let(bindings, scope.lookup(variable.name)!), variable.name, binding.span);
      });
    }
  }
  for (const selector of selectors) {
    define(selector.cell, selector.field, () => fieldSelector(selector.field, selector.owners, selector.span));
  }

  const signatures = new Map<string, TypeSignature>();
  for (const declaration of ast.declarations) {
    if (declaration.kind === "signature") for (const signatureName of declaration.names) signatures.set(signatureName.text, declaration);
  }
  const exported = computeExports(ast, scope, own, ownTypes, context);
  return { name, interface: exported, definitions, signatures, scope, diagnostics: context.diagnostics };
}

function importModules(ast: Module, scope: ModuleScope, environment: ModuleEnvironment, context: Context): void {
  const name = ast.name.text;
  let explicitPrelude = false;
  for (const declaration of ast.imports) {
    const imported = environment.interfaces.get(declaration.module.text);
    if (!imported) {
      context.report(declaration.module.span, `module \`${declaration.module.text}\` is not available`);
      continue;
    }
    if (declaration.module.text === implicitModule) explicitPrelude = true;
    scope.importModule(declaration, imported, false);
  }
  const prelude = environment.interfaces.get(implicitModule);
  if (!explicitPrelude && prelude && name !== implicitModule && name !== builtinModuleName) {
    scope.importModule(undefined, prelude, true);
  }
}

function declareData(declaration: DataDeclaration, module: string, registry: Registry, fixities: ReadonlyMap<string, Fixity>,
  declare: (entity: ValueEntity) => void): TypeEntity {
  const constructors = declaration.constructors.map((constructor, tag) => {
    const fields = constructor.record ? constructor.fields.map((field) => field.name!.text) : [];
    return registry.dataConstructor(module, constructor.name.text, tag, constructor.fields.length, fields, fixities.get(constructor.name.text));
  });
  for (const constructor of constructors) {
    constructor.siblings = constructors;
    declare({ kind: "constructor", con: constructor, module, name: constructor.name });
  }
  const fields = [...new Set(constructors.flatMap((constructor) => constructor.fields))];
  return { name: declaration.name.text, module, sort: "data", constructors, fields };
}

/** `field record`: the field's value in whichever constructor has it. */
function fieldSelector(field: string, owners: readonly Constructor[], span: DataDeclaration["span"]): Lambda {
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

function computeExports(ast: Module, scope: ModuleScope, own: ReadonlyMap<string, ValueEntity>, ownTypes: ReadonlyMap<string, TypeEntity>,
  context: Context): ModuleInterface {
  const name = ast.name.text;
  if (ast.exports === undefined) return { name, values: own, types: ownTypes };
  const values = new Map<string, ValueEntity>();
  const types = new Map<string, TypeEntity>();
  for (const item of ast.exports) {
    if (item.kind === "module") {
      if (item.module.text === name) {
        for (const [entityName, entity] of own) values.set(entityName, entity);
        for (const [typeName, type] of ownTypes) types.set(typeName, type);
        continue;
      }
      const imported = scope.importedFrom(item.module.text);
      for (const entity of imported.values) values.set(entity.name, entity);
      for (const type of imported.types) types.set(type.name, type);
      continue;
    }
    if (item.kind === "value") {
      const found = scope.lookup(item.name);
      if (found.kind === "found") values.set(item.name.text, found.entity);
      else context.report(item.name.span, `\`${item.name.text}\` is exported but not defined`);
      continue;
    }
    const type = scope.lookupType(item.name);
    if (!type) {
      const found = scope.lookup(item.name);
      if (found.kind === "found") values.set(item.name.text, found.entity);
      else context.report(item.name.span, `the type \`${item.name.text}\` is exported but not defined`);
      continue;
    }
    types.set(item.name.text, type);
    const members = item.members === "all" ? [...type.constructors.map((constructor) => constructor.name), ...type.fields]
      : item.members === undefined ? [] : item.members.map((member) => member.text);
    for (const member of members) {
      const found = scope.lookup({ qualifier: undefined, text: member, span: item.span });
      if (found.kind === "found") values.set(member, found.entity);
    }
  }
  return { name, values, types };
}

function* allTypes(interfaces: ReadonlyMap<string, ModuleInterface>, own: ReadonlyMap<string, TypeEntity>): Iterable<TypeEntity> {
  for (const module of interfaces.values()) yield* module.types.values();
  yield* own.values();
}
