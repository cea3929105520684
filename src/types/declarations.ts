// A module's type-level declarations into the environment: data types, newtypes, synonyms and
// classes get kinds (inferred together, unknown ones defaulted to *); constructors, field
// selectors and class methods get schemes; synonym bodies are kept for expansion.

import type { ClassDeclaration, DataDeclaration, ResolvedModule, SynonymDeclaration, TypeExpr } from "../resolve/tree.ts";
import type { Constructor } from "../core/term.ts";
import { entityIdentity } from "../resolve/scope.ts";
import type { Checker } from "./checker.ts";
import { QuantifiedVariables, defaultKind, entityId, unifyKinds, type TypeVariableBinding } from "./convert.ts";
import { stronglyConnected } from "./dependencies.ts";
import type { TypeInfo } from "./environment.ts";
import { KindVariable, STAR, apply, functionOf, functionType, generic, kindArrow, predicateOf, typeConstructor, type Kind, type Scheme, type Type } from "./type.ts";

/** What later declarations need of the data types: each constructor's field types, over generics. */
export interface DeclaredTypes {
  readonly fields: Map<Constructor, Type[]>;
  /** `T a b` over generics, per data declaration. */
  readonly results: Map<DataDeclaration, Type>;
}

function parameterBindings(names: readonly string[], kinds: readonly Kind[]): Map<string, TypeVariableBinding> {
  return new Map(names.map((name, at) => [name, { type: generic(at), kind: kinds[at] }]));
}

export function declareTypes(checker: Checker, module: ResolvedModule): DeclaredTypes {
  const { index, converter } = checker;
  const allKinds: Kind[] = [];
  const freshKinds = (count: number) => Array.from({ length: count }, () => {
    const kind = new KindVariable();
    allKinds.push(kind);
    return kind;
  });
  const dataKinds = new Map<DataDeclaration, Kind[]>();
  for (const data of module.data) {
    const kinds = freshKinds(data.parameters.length);
    dataKinds.set(data, kinds);
    const kind = kinds.reduceRight<Kind>((result, parameter) => kindArrow(parameter, result), STAR);
    index.addType({ constructor: typeConstructor(module.name, data.type.name, kind), synonym: undefined, constructors: data.constructors.map((constructor) => constructor.con) });
  }
  const synonymKinds = new Map<SynonymDeclaration, { parameters: Kind[]; result: Kind; info: { parameters: number; body: Type } }>();
  for (const synonym of module.synonyms) {
    const parameters = freshKinds(synonym.parameters.length);
    const [result] = freshKinds(1);
    const info = { parameters: synonym.parameters.length, body: generic(0) as Type };
    synonymKinds.set(synonym, { parameters, result, info });
    const kind = parameters.reduceRight<Kind>((rest, parameter) => kindArrow(parameter, rest), result);
    index.addType({ constructor: typeConstructor(module.name, synonym.type.name, kind), synonym: info, constructors: [] } satisfies TypeInfo);
  }
  const classKinds = new Map<ClassDeclaration, Kind>();
  for (const declaration of module.classes) {
    const [kind] = freshKinds(1);
    classKinds.set(declaration, kind);
    index.addClass({
      id: entityId(declaration.typeClass), name: declaration.typeClass.name, module: module.name, parameterKind: kind,
      superclasses: declaration.context.map((constraint) => entityId(constraint.typeClass)), methods: new Map(declaration.methods.map((method) => [method.name, entityIdentity(method.entity)])),
      defaults: new Set(declaration.defaults.functions.map((binding) => binding.name)),
    });
  }
  const ownSynonyms = new Map(module.synonyms.map((synonym) => [entityId(synonym.type), synonym]));
  const synonymOrder = stronglyConnected(module.synonyms, (synonym) => mentionedTypes(synonym.body).map((id) => ownSynonyms.get(id)).filter((next) => next !== undefined));
  for (const group of synonymOrder) {
    const synonym = group[0];
    const { parameters, result, info } = synonymKinds.get(synonym)!;
    if (group.length > 1 || mentionedTypes(synonym.body).includes(entityId(synonym.type))) {
      checker.report({ kind: "recursiveSynonym", span: synonym.span, name: synonym.type.name });
      continue;
    }
    const converted = converter.convert(synonym.body, parameterBindings(synonym.parameters, parameters));
    if (!unifyKinds(converted.kind, result)) checker.report({ kind: "kind", span: synonym.body.span, type: converted.type, expected: result, actual: converted.kind });
    info.body = converted.type;
  }
  const declared: DeclaredTypes = { fields: new Map(), results: new Map() };
  for (const data of module.data) {
    const variables = parameterBindings(data.parameters, dataKinds.get(data)!);
    const result = apply(index.types.get(entityId(data.type))!.constructor, ...data.parameters.map((_, at) => generic(at)));
    declared.results.set(data, result);
    for (const constructor of data.constructors) {
      const fields = constructor.fields.map((field) => converter.convertType(field, variables));
      declared.fields.set(constructor.con, fields);
      index.addValue(constructor.con, { count: data.parameters.length, names: data.parameters, context: [], type: functionOf(fields, result) });
    }
  }
  for (const declaration of module.classes) declareMethods(checker, declaration, classKinds.get(declaration)!);
  for (const kind of allKinds) defaultKind(kind);
  declareSelectors(checker, module, declared);
  return declared;
}

/** Each method's scheme: `forall a …. (C a, method's own context) => type`, the class variable first. */
function declareMethods(checker: Checker, declaration: ClassDeclaration, kind: Kind): void {
  const classId = entityId(declaration.typeClass);
  const classVariable = { type: generic(0), kind };
  for (const constraint of declaration.context) checker.converter.convertPredicate(constraint, new Map([[declaration.parameter, classVariable]]));
  for (const method of declaration.methods) {
    const variables = new QuantifiedVariables([[declaration.parameter, classVariable]]);
    const { context, type } = checker.converter.convertSignature(method.signature, variables);
    variables.defaultKinds();
    const scheme: Scheme = { count: variables.names.length, names: variables.names, context: [predicateOf(classId, generic(0)), ...context], type };
    checker.index.addValue(entityIdentity(method.entity), scheme, classId);
  }
}

/** A field selector `f :: T a -> FieldType`. */
function declareSelectors(checker: Checker, module: ResolvedModule, declared: DeclaredTypes): void {
  for (const selector of module.selectors) {
    const data = module.data.find((candidate) => entityId(candidate.type) === entityId(selector.type));
    const constructor = data?.constructors.find((candidate) => candidate.con.fields.includes(selector.field));
    if (data === undefined || constructor === undefined) continue;
    const field = declared.fields.get(constructor.con)?.[constructor.con.fields.indexOf(selector.field)];
    if (field === undefined) continue;
    checker.index.addValue(selector.cell, { count: data.parameters.length, names: data.parameters, context: [], type: functionType(declared.results.get(data)!, field) });
  }
}

/** The ids of the type constructors a type expression mentions. */
function mentionedTypes(expression: TypeExpr, into: string[] = []): string[] {
  switch (expression.kind) {
    case "constructor":
      into.push(entityId(expression.type));
      break;
    case "application":
      mentionedTypes(expression.function, into);
      for (const argument of expression.args) mentionedTypes(argument, into);
      break;
    case "function":
      mentionedTypes(expression.argument, into);
      mentionedTypes(expression.result, into);
      break;
    case "list":
      mentionedTypes(expression.element, into);
      break;
    case "tuple":
      for (const element of expression.elements) mentionedTypes(element, into);
  }
  return into;
}
