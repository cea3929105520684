// Resolves one module: declares its types, classes, constructors, functions and fixities,
// builds its scope from its imports, resolves every declaration and computes its exports.

import type { Constructor, Fixity, GlobalCell, Primitive } from "../core/term.ts";
import { HIDDEN_NAME } from "../core/term.ts";
import { builtinModuleName } from "../core/builtins.ts";
import { builtinTypes } from "./builtin-types.ts";
import { ModuleScope, entityIdentity, type ModuleInterface, type TypeEntity, type ValueEntity } from "./scope.ts";
import type { ClassDeclaration as SyntaxClass, DataDeclaration as SyntaxData, InstanceDeclaration as SyntaxInstance, Module } from "../parse/index.ts";
import type { Diagnostic } from "../text/index.ts";
import { definedNames, groupDeclarations, resolveGroups } from "./bindings.ts";
import { Resolver } from "./context.ts";
import { didYouMean } from "./similar.ts";
import { computeExports } from "./exports.ts";
import { Locals } from "./locals.ts";
import { LocalVariable, type Binder, type TypeExpr, type ClassDeclaration, type DataDeclaration, type InstanceDeclaration, type ResolvedModule } from "./tree.ts";
import { resolveConstraints, resolveSignature, resolveTypeExpr } from "./types.ts";

/** Cells and constructors that persist across live edits, so the running term sees new versions. */
export interface Registry {
  /** The live cell of a top-level name (`key`, when given, tells apart cells that print as one name). */
  cell(module: string, name: string, key?: string): GlobalCell;
  /** A dictionary (left out of a printed term, or shown as `‹name›`). */
  dictionaryCell(module: string, key: string, name: string): GlobalCell;
  /** A class's dictionary constructor; the same object while the class keeps its layout. */
  dictionaryConstructor(module: string, className: string, layout: string, arity: number): Constructor;
  /** The constructor of that name; the same object as before when its shape is unchanged. */
  dataConstructor(module: string, name: string, tag: number, arity: number, fields: readonly string[], fixity: Fixity | undefined): Constructor;
}

export interface ModuleEnvironment {
  readonly registry: Registry;
  /** Declared fixities of operators by entity identity (filled in as modules are resolved). */
  readonly fixities: Map<object, Fixity>;
  /** Interfaces of the modules resolved so far, by name. */
  readonly interfaces: ReadonlyMap<string, ModuleInterface>;
  /** The built-in operations (declared only in `Refrain.Primitive`). */
  readonly primitives: readonly Primitive[];
}

export interface ModuleResolution {
  readonly module: ResolvedModule;
  readonly scope: ModuleScope;
  /** Record field name → the constructors in scope that have it. */
  readonly fieldOwners: ReadonlyMap<string, readonly Constructor[]>;
  /** The fixities the module declares, by entity (also added to the environment's). */
  readonly fixities: ReadonlyMap<object, Fixity>;
  readonly interface: ModuleInterface;
  readonly diagnostics: readonly Diagnostic[];
}

/** The module whose definitions every other module sees unless it imports it explicitly. */
export const implicitModule = "Prelude";

/** Every module imports the Prelude unless it imports it itself, is below it, or asks `NoImplicitPrelude`. */
export function importsPreludeImplicitly(ast: Module): boolean {
  const name = ast.name.text;
  return ast.implicitPrelude && name !== implicitModule && name !== builtinModuleName
    && !ast.imports.some((declaration) => declaration.module.text === implicitModule);
}

/** Resolves a module; `library` modules may declare classes (a song's own may not yet). */
export function resolveModule(ast: Module, environment: ModuleEnvironment, library: boolean): ModuleResolution {
  const name = ast.name.text;
  const scope = new ModuleScope(name);
  const negate = environment.primitives.find((primitive) => primitive.name === "negate")!;
  const resolver = new Resolver(name, scope, environment.fixities, negate);
  const own = new Map<string, ValueEntity>();
  const ownTypes = new Map<string, TypeEntity>();
  const declare = (entity: ValueEntity) => {
    own.set(entity.name, entity);
    scope.declare(entity);
  };
  const declareType = (type: TypeEntity) => {
    ownTypes.set(type.name, type);
    scope.declareType(type);
  };
  const primitives = new Map<string, Primitive>();
  if (name === builtinModuleName) {
    for (const primitive of environment.primitives) {
      primitives.set(primitive.name, primitive);
      declare({ kind: "primitive", primitive, module: name, name: primitive.name });
    }
    for (const type of builtinTypes.values()) {
      for (const con of type.constructors) declare({ kind: "constructor", con, module: name, name: con.name });
      declareType(type);
    }
  }
  const imported = importModules(ast, scope, environment, resolver);

  const operatorFixities = new Map<string, Fixity>();
  for (const declaration of ast.declarations) {
    if (declaration.kind !== "fixity") continue;
    for (const operator of declaration.operators) {
      operatorFixities.set(operator.text, { associativity: declaration.associativity, precedence: declaration.precedence });
    }
  }

  // Declare every top-level name before resolving any body.
  const dataTypes: { syntax: SyntaxData; type: TypeEntity }[] = [];
  const classes: { syntax: SyntaxClass; type: TypeEntity; methods: ValueEntity[] }[] = [];
  const instances: SyntaxInstance[] = [];
  const selectors: ResolvedModule["selectors"][number][] = [];
  for (const declaration of ast.declarations) {
    if (declaration.kind === "data") {
      const type = declareData(declaration, name, environment.registry, operatorFixities, declare);
      declareType(type);
      dataTypes.push({ syntax: declaration, type });
      for (const field of type.fields) {
        const cell = environment.registry.cell(name, field);
        selectors.push({ cell, field, type, span: declaration.span });
        declare({ kind: "global", cell, module: name, name: field });
      }
    } else if (declaration.kind === "typeSynonym") {
      declareType({ name: declaration.name.text, module: name, sort: "synonym", constructors: [], fields: [] });
    } else if (declaration.kind === "class") {
      const methodNames = declaration.declarations.flatMap((inner) => (inner.kind === "signature" ? inner.names.map((method) => method.text) : []));
      const methods = methodNames.map((method): ValueEntity => {
        const primitive = primitives.get(method);
        return primitive ? { kind: "primitive", primitive, module: name, name: method } : { kind: "global", cell: environment.registry.cell(name, method), module: name, name: method };
      });
      for (const method of methods) if (method.kind === "global") declare(method);
      const type: TypeEntity = { name: declaration.name.text, module: name, sort: "class", constructors: [], fields: methodNames };
      declareType(type);
      classes.push({ syntax: declaration, type, methods });
    } else if (declaration.kind === "instance") {
      instances.push(declaration);
    }
  }
  const groups = groupDeclarations(resolver, ast.declarations);
  const binders = new Map<string, Binder>();
  for (const { name: defined } of definedNames(groups)) {
    const cell = environment.registry.cell(name, defined);
    binders.set(defined, cell);
    declare({ kind: "global", cell, module: name, name: defined });
  }
  const fixities = new Map<object, Fixity>();
  for (const [operator, fixity] of operatorFixities) {
    const found = scope.lookup({ qualifier: undefined, text: operator, span: ast.span });
    if (found.kind === "found") fixities.set(entityIdentity(found.entity), fixity);
  }
  for (const [entity, fixity] of fixities) environment.fixities.set(entity, fixity);
  for (const type of [...imported.flatMap((module) => [...module.types.values()]), ...ownTypes.values()]) {
    for (const constructor of type.constructors) {
      for (const field of constructor.fields) {
        const owners = resolver.fieldOwners.get(field) ?? [];
        if (!owners.includes(constructor)) resolver.fieldOwners.set(field, [...owners, constructor]);
      }
    }
  }

  const bindings = resolveGroups(resolver, groups, new Locals(undefined), binders, (signed) => binders.get(signed) ?? primitives.get(signed));
  const resolved: ResolvedModule = {
    name,
    data: dataTypes.map(({ syntax, type }) => resolveData(resolver, syntax, type)),
    synonyms: ast.declarations.flatMap((declaration) => declaration.kind !== "typeSynonym" ? [] : [{
      type: ownTypes.get(declaration.name.text)!, parameters: declaration.parameters.map((parameter) => parameter.text),
      body: resolveTypeExpr(resolver, declaration.type), span: declaration.span,
    }]),
    classes: classes.map((entry) => resolveClass(resolver, environment.registry, entry.syntax, entry.type, entry.methods)),
    instances: instances.flatMap((syntax) => resolveInstance(resolver, syntax) ?? []),
    bindings,
    selectors,
    defaults: resolveDefaults(resolver, ast),
  };
  const exported = computeExports(ast, scope, own, ownTypes, resolver);
  return { module: resolved, scope, fieldOwners: resolver.fieldOwners, fixities, interface: exported, diagnostics: resolver.diagnostics };
}

/** Brings the imports into scope; returns the interfaces imported. */
function importModules(ast: Module, scope: ModuleScope, environment: ModuleEnvironment, resolver: Resolver): ModuleInterface[] {
  const imported: ModuleInterface[] = [];
  for (const declaration of ast.imports) {
    const module = environment.interfaces.get(declaration.module.text);
    if (!module) {
      resolver.report(declaration.module.span, `module \`${declaration.module.text}\` is not available`);
      continue;
    }
    scope.importModule(declaration, module, false);
    imported.push(module);
  }
  const prelude = environment.interfaces.get(implicitModule);
  if (prelude && importsPreludeImplicitly(ast)) {
    scope.importModule(undefined, prelude, true);
    imported.push(prelude);
  }
  return imported;
}

function declareData(declaration: SyntaxData, module: string, registry: Registry, fixities: ReadonlyMap<string, Fixity>,
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

function resolveData(resolver: Resolver, syntax: SyntaxData, type: TypeEntity): DataDeclaration {
  return {
    type,
    newtype: syntax.newtype,
    parameters: syntax.parameters.map((parameter) => parameter.text),
    constructors: syntax.constructors.map((constructor, index) => ({
      con: type.constructors[index],
      fields: constructor.fields.map((field) => resolveTypeExpr(resolver, field.type)),
      span: constructor.span,
    })),
    deriving: syntax.deriving.flatMap((className) => {
      const typeClass = resolver.resolveType(className, "class");
      return typeClass ? [{ typeClass, span: className.span }] : [];
    }),
    span: syntax.span,
  };
}

/** The module's `default (…)` types; a second declaration is an error (Haskell 2010, section 4.3.4). */
function resolveDefaults(resolver: Resolver, ast: Module): TypeExpr[] | undefined {
  const declarations = ast.declarations.filter((declaration) => declaration.kind === "default");
  for (const extra of declarations.slice(1)) resolver.report(extra.span, "a module has at most one `default` declaration");
  return declarations[0]?.types.map((type) => resolveTypeExpr(resolver, type));
}

/** Where a built-in method's default definition lives (a method of the language's own has it in its cell). */
export function defaultCell(registry: Registry, module: string, method: string): GlobalCell {
  return registry.cell(module, method, `${HIDDEN_NAME}default ${method}`);
}

function resolveClass(resolver: Resolver, registry: Registry, syntax: SyntaxClass, type: TypeEntity, entities: readonly ValueEntity[]): ClassDeclaration {
  const groups = groupDeclarations(resolver, syntax.declarations);
  const methods = groups.signatures.flatMap((signature) => signature.names.map((method) => ({
    entity: entities.find((entity) => entity.name === method.text)!,
    name: method.text,
    signature: resolveSignature(resolver, signature.context, signature.type, signature.span),
  })));
  const binders = new Map<string, Binder>();
  for (const { name, span } of definedNames(groups)) {
    const entity = entities.find((candidate) => candidate.name === name);
    if (entity?.kind === "global") binders.set(name, entity.cell);
    else if (entity?.kind === "primitive") binders.set(name, defaultCell(registry, type.module, name));
    else resolver.report(span, `\`${name}\` is not a method of the class \`${type.name}\``);
  }
  const defaults = resolveGroups(resolver, { ...groups, signatures: [] }, new Locals(undefined), binders, () => undefined);
  return {
    typeClass: type,
    context: resolveConstraints(resolver, syntax.context),
    parameter: syntax.parameters[0]?.text ?? "a",
    methods,
    defaults,
    span: syntax.span,
  };
}

function resolveInstance(resolver: Resolver, syntax: SyntaxInstance): InstanceDeclaration | undefined {
  const typeClass = resolver.resolveType(syntax.className, "class");
  if (!typeClass || syntax.types.length !== 1) return undefined;
  const groups = groupDeclarations(resolver, syntax.declarations);
  const binders = new Map<string, Binder>();
  for (const { name, span } of definedNames(groups)) {
    if (!typeClass.fields.includes(name)) resolver.report(span, `\`${name}\` is not a method of the class \`${typeClass.name}\`${didYouMean(name, typeClass.fields)}`);
    binders.set(name, new LocalVariable(name, span));
  }
  return {
    typeClass,
    head: { file: syntax.span.file, start: syntax.className.span.start, end: syntax.types[0].span.end },
    context: resolveConstraints(resolver, syntax.context),
    type: resolveTypeExpr(resolver, syntax.types[0]),
    methods: resolveGroups(resolver, { ...groups, signatures: [] }, new Locals(undefined), binders, () => undefined),
    span: syntax.span,
  };
}

