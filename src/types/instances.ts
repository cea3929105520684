// Instances into the class environment: written ones (any head type, no overlap) and those of
// `deriving` clauses (Eq, Ord, Show, Enum, Bounded); each checked for its superclasses, and its
// method bodies (and the classes' default methods) checked against the method's type there.

import type { DataDeclaration, FunctionBinding, InstanceDeclaration, ResolvedModule } from "../resolve/tree.ts";
import type { Span } from "../text/index.ts";
import type { Checker } from "./checker.ts";
import { QuantifiedVariables, entityId } from "./convert.ts";
import type { DeclaredTypes } from "./declarations.ts";
import type { Instance } from "./environment.ts";
import { Constraint, DictionaryScope, givensOf, isStructural } from "./evidence.ts";
import { builtinModuleName } from "../core/builtins.ts";
import { overlaps, reduce, withSuperclasses } from "./entail.ts";
import { checkAgainstSignature, inferFunction } from "./bindings.ts";
import { printType } from "./print.ts";
import { generic, instantiateGenerics, predicateOf, type Predicate, type Scheme, type Type } from "./type.ts";
import { STANDARD_MODULES } from "./environment.ts";

const DERIVABLE = new Set(["Eq", "Ord", "Show", "Enum", "Bounded"]);

function addInstance(checker: Checker, instance: Instance): void {
  const clash = checker.index.instancesOf(instance.classId).find((other) => overlaps(other, instance));
  if (clash !== undefined) checker.report({ kind: "overlappingInstances", span: instance.span ?? { file: "", start: 0, end: 0 }, first: clash.id, second: instance.id });
  else checker.index.addInstance(instance);
}

function instanceId(classId: string, head: Type): string {
  return `${classId} ${printType(head)}`;
}

/** What building the module's instances' dictionaries needs (see desugar/instances.ts). */
export interface InstanceEvidence {
  /** The instance each written declaration declares. */
  readonly written: Map<InstanceDeclaration, Instance>;
  /** Each instance's context as dictionary parameters. */
  readonly scopes: Map<Instance, DictionaryScope>;
  /** How each instance meets its class's superclasses (in the class's order). */
  readonly superclasses: Map<Instance, Constraint[]>;
  /** A derived instance's data type, and how each field (constructor by constructor) meets the class. */
  readonly derivations: Map<Instance, { readonly data: DataDeclaration; readonly fields: Constraint[] }>;
}

/** Declares the module's instances and checks their contexts. */
export function declareInstances(checker: Checker, module: ResolvedModule, declared: DeclaredTypes): InstanceEvidence {
  const written = new Map<InstanceDeclaration, Instance>();
  const evidence: InstanceEvidence = { written, scopes: new Map(), superclasses: new Map(), derivations: new Map() };
  for (const declaration of module.instances) {
    const classId = entityId(declaration.typeClass);
    const info = checker.index.classes.get(classId);
    if (info === undefined) {
      checker.report({ kind: "notAClass", span: declaration.span, name: declaration.typeClass.name });
      continue;
    }
    const variables = new QuantifiedVariables();
    const head = checker.converter.expect(declaration.type, variables, info.parameterKind);
    const context = declaration.context.map((constraint) => checker.converter.convertPredicate(constraint, variables)).filter((predicate) => predicate !== undefined);
    variables.defaultKinds();
    const instance: Instance = {
      id: instanceId(classId, head), classId, module: module.name, count: variables.names.length, head, context, derived: false,
      written: declaration.methods.functions.map((binding) => binding.name), structural: module.name === builtinModuleName, span: declaration.head,
    };
    written.set(declaration, instance);
    addInstance(checker, instance);
  }
  const derived: { instance: Instance; data: DataDeclaration; span: Span }[] = [];
  for (const data of module.data) {
    for (const clause of data.deriving) {
      const classId = entityId(clause.typeClass);
      const info = checker.index.classes.get(classId);
      const typeName = data.type.name;
      if (info === undefined || !DERIVABLE.has(info.name) || !STANDARD_MODULES.includes(info.module)) {
        checker.report({ kind: "deriving", span: clause.span, className: clause.typeClass.name, typeName, reason: "notSupported" });
        continue;
      }
      const nullary = data.constructors.every((constructor) => constructor.fields.length === 0);
      if ((info.name === "Enum" && !nullary) || (info.name === "Bounded" && !nullary && data.constructors.length !== 1)) {
        checker.report({ kind: "deriving", span: clause.span, className: info.name, typeName, reason: "notEnumeration" });
        continue;
      }
      const used = new Set<number>();
      for (const constructor of data.constructors) for (const field of declared.fields.get(constructor.con) ?? []) genericsOf(field, used);
      const context = data.parameters.map((_, at) => at).filter((at) => used.has(at)).map((at) => predicateOf(classId, generic(at)));
      const head = declared.results.get(data)!;
      const instance: Instance = {
        id: instanceId(classId, head), classId, module: module.name, count: data.parameters.length, head, context, derived: true, written: [], structural: true, span: clause.span,
      };
      derived.push({ instance, data, span: clause.span });
      addInstance(checker, instance);
    }
  }
  // Each instance's generics as type variables, its context over them as its dictionary parameters.
  const variables = new Map<Instance, Type[]>();
  for (const instance of checker.index.own.instances) {
    const own = Array.from({ length: instance.count }, () => checker.fresh());
    variables.set(instance, own);
    evidence.scopes.set(instance, new DictionaryScope(instance.context.map((predicate) => ({ ...predicate, type: instantiateGenerics(predicate.type, own) }))));
  }
  const entailed = (instance: Instance, predicates: readonly Predicate[], span: Span) =>
    checkEntailed(checker, evidence.scopes.get(instance)!, predicates.map((predicate) => ({ ...predicate, type: instantiateGenerics(predicate.type, variables.get(instance)!) })), span);
  for (const { instance, data, span } of derived) {
    const fields = data.constructors.flatMap((constructor) => declared.fields.get(constructor.con) ?? []);
    const constraints = entailed(instance, fields.map((field) => ({ classId: instance.classId, className: "", type: field })), span);
    evidence.derivations.set(instance, { data, fields: constraints });
    instance.structural = constraints.every((constraint) => constraint.evidence !== undefined && (constraint.evidence.form !== "instance" || isStructural(constraint.evidence)));
  }
  for (const instance of checker.index.own.instances) {
    const superclasses = checker.index.classes.get(instance.classId)?.superclasses ?? [];
    evidence.superclasses.set(instance, entailed(instance, superclasses.map((classId) => predicateOf(classId, instance.head)), instance.span!));
  }
  return evidence;
}

/** Meets each predicate by an instance's context (`scope`) and the instances; reports those they do not give. */
function checkEntailed(checker: Checker, scope: DictionaryScope, predicates: readonly Predicate[], span: Span): Constraint[] {
  const constraints = predicates.map((predicate) => new Constraint({
    ...predicate, className: checker.index.classes.get(predicate.classId)?.name ?? predicate.className,
  }, span, undefined));
  const { residual, unsatisfied } = reduce(checker.index, constraints, withSuperclasses(checker.index, givensOf(scope)));
  for (const constraint of [...unsatisfied, ...residual]) {
    checker.report({ kind: "missingInstance", span, predicate: constraint.predicate, origin: undefined, signature: undefined });
  }
  return constraints;
}

function genericsOf(type: Type, into: Set<number>): void {
  if (type.form === "generic") into.add(type.index);
  else if (type.form === "application") {
    genericsOf(type.function, into);
    genericsOf(type.argument, into);
  } else if (type.form === "synonym") genericsOf(type.expansion, into);
}

/**
 * Checks instance method bodies and class default methods. An instance method's dictionary scope
 * holds the instance's context first, then the method's own context; a default method's holds the
 * class predicate first.
 */
export function checkMethods(checker: Checker, module: ResolvedModule, instances: ReadonlyMap<InstanceDeclaration, Instance>): void {
  for (const declaration of module.classes) {
    const methods = checker.index.classes.get(entityId(declaration.typeClass))?.methods;
    for (const binding of declaration.defaults.functions) {
      const key = methods?.get(binding.name);
      const scheme = key && checker.index.values.get(key);
      if (scheme !== undefined) checkMethod(checker, binding, scheme);
    }
  }
  for (const [declaration, instance] of instances) {
    const methods = checker.index.classes.get(instance.classId)?.methods;
    for (const binding of declaration.methods.functions) {
      const key = methods?.get(binding.name);
      const scheme = key && checker.index.values.get(key);
      if (scheme === undefined) {
        checker.report({ kind: "notAMethod", span: binding.span, name: binding.name, className: declaration.typeClass.name });
        continue;
      }
      checkMethod(checker, binding, atInstance(scheme, instance));
    }
  }
}

/** The method's scheme with the class variable replaced by the instance head (generics renumbered). */
function atInstance(method: Scheme, instance: Instance): Scheme {
  const shifted = Array.from({ length: method.count }, (_, at) => (at === 0 ? instance.head : generic(instance.count + at - 1)));
  const names = [...Array.from({ length: instance.count }, () => undefined), ...method.names.slice(1)];
  return {
    count: instance.count + method.count - 1,
    names,
    context: [...instance.context, ...method.context.slice(1).map((predicate) => ({ ...predicate, type: instantiateGenerics(predicate.type, shifted) }))],
    type: instantiateGenerics(method.type, shifted),
  };
}

function checkMethod(checker: Checker, binding: FunctionBinding, scheme: Scheme): void {
  checkAgainstSignature(checker, scheme, binding.name, binding, (expected) => inferFunction(checker, binding, expected, true));
}
