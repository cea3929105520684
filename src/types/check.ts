// One module's type check: its declarations into the environment, its bindings inferred and
// checked, its instances' methods checked; the result is the environment its importers use, every
// binder's scheme, the evidence for each overloaded use, and the diagnostics.

import { GlobalCell, type Primitive } from "../core/term.ts";
import { LocalVariable, type Binder, type ResolvedModule } from "../resolve/tree.ts";
import { Checker } from "./checker.ts";
import type { TypeDiagnostic } from "./diagnostics.ts";
import { declareTypes } from "./declarations.ts";
import { EnvironmentIndex, type ClassInfo, type TypeEnvironment, type ValueKey } from "./environment.ts";
import type { DictionaryScope, Occurrence } from "./evidence.ts";
import { reduce } from "./entail.ts";
import { inferBindings, signatureScheme } from "./bindings.ts";
import { reportUnsatisfied, resolveAmbiguity } from "./generalize.ts";
import { checkMethods, declareInstances, type InstanceEvidence } from "./instances.ts";
import { freeVariables, quantify, type Scheme } from "./type.ts";
import { QuantifiedVariables } from "./convert.ts";
import { printPredicate } from "./print.ts";

/** Types for hover and printing: the scheme of every binder (top-level and local). */
export interface ModuleTypes {
  readonly binders: ReadonlyMap<Binder, Scheme>;
}

/** What dictionary-passing desugaring reads (see evidence.ts). */
export interface ModuleEvidence {
  /** Each overloaded use (name, literal, range, `do`, a `do`'s failable bind, literal pattern) with its solved constraints. */
  readonly occurrences: ReadonlyMap<object, Occurrence>;
  /** Dictionary parameters: per binding (FunctionBinding / PatternBinding), instance method, default method, annotation. */
  readonly scopes: ReadonlyMap<object, DictionaryScope>;
  /** The module's instances: their contexts, superclasses and derivations. */
  readonly instances: InstanceEvidence;
  /** Every class visible in the module, by id. */
  readonly classes: ReadonlyMap<string, ClassInfo>;
  /** The class of each method visible in the module, by its key (a cell or primitive). */
  readonly methods: ReadonlyMap<ValueKey, string>;
  /** The scheme of every value visible in the module (a method's context: its class, then its own). */
  readonly schemes: ReadonlyMap<ValueKey, Scheme>;
}

export interface TypeCheckResult {
  /** The imports plus this module's types, classes, instances and value schemes. */
  readonly environment: TypeEnvironment;
  readonly types: ModuleTypes;
  readonly evidence: ModuleEvidence;
  readonly diagnostics: readonly TypeDiagnostic[];
}

/**
 * Checks one module against the environment of the modules it imports (which are not re-checked).
 * `interfaceOnly`: for a module known to be well typed whose code is not wanted (the library, when a
 * song is only checked): the bodies of its signed bindings and its instances' methods are not
 * checked, so its evidence is incomplete; its environment is the same.
 */
export function checkModule(module: ResolvedModule, imports: TypeEnvironment, interfaceOnly = false): TypeCheckResult {
  const index = new EnvironmentIndex(imports, module.name);
  const checker = new Checker(index);
  const declared = declareTypes(checker, module);
  checker.findSyntaxClasses();
  if (module.defaults) checker.defaults = module.defaults.map((type) => checker.converter.convertType(type, new QuantifiedVariables()));
  for (const [key, signature] of module.bindings.signatures) {
    if (!(key instanceof GlobalCell) && !(key instanceof LocalVariable)) index.addValue(key as Primitive, signatureScheme(checker, signature));
  }
  const instances = declareInstances(checker, module, declared);
  inferBindings(checker, module.bindings, !interfaceOnly);
  if (!interfaceOnly) checkMethods(checker, module, instances.written);
  const { residual, unsatisfied } = reduce(index, checker.constraints, []);
  reportUnsatisfied(checker, unsatisfied);
  resolveAmbiguity(checker, residual);
  const binders = new Map<Binder, Scheme>();
  for (const [binder, info] of checker.binders) {
    const variables = freeVariables(info.scheme.type);
    const scheme = binder instanceof GlobalCell && variables.length > 0 ? quantify(info.scheme, variables) : info.scheme;
    binders.set(binder, scheme);
    if (binder instanceof GlobalCell) index.addValue(binder, scheme);
  }
  return {
    environment: index.environment(),
    types: { binders },
    evidence: { occurrences: checker.occurrences, scopes: checker.scopes, instances, classes: index.classes, methods: index.methods, schemes: index.values },
    diagnostics: inSourceOrder(checker.diagnostics.map((diagnostic) => withDefinition(diagnostic, module))),
  };
}

/**
 * A mismatch at a use of one of the module's own names without a signature: the name got its
 * type from its definition (often the line just edited, as `qn = "fast"`), so say where that is.
 */
function withDefinition(diagnostic: TypeDiagnostic, module: ResolvedModule): TypeDiagnostic {
  if (diagnostic.kind !== "mismatch" || diagnostic.expression?.kind !== "global" || diagnostic.expression.entity.kind !== "global") return diagnostic;
  const cell = diagnostic.expression.entity.cell;
  if (module.bindings.signatures.has(cell)) return diagnostic;
  const binding = module.bindings.functions.find((candidate) => candidate.binder === cell);
  return binding ? { ...diagnostic, definition: binding.nameSpan } : diagnostic;
}

/**
 * Diagnostics by position, ambiguities last (as GHC: they are often a consequence of another error);
 * of several for one missing constraint of one signature, the first; of several at uses of one
 * name whose definition gave the wrong type, the first, counting the others.
 */
function inSourceOrder(diagnostics: readonly TypeDiagnostic[]): TypeDiagnostic[] {
  const rank = (diagnostic: TypeDiagnostic) => (diagnostic.kind === "ambiguous" ? 1 : 0);
  const sorted = [...diagnostics].sort((left, right) => rank(left) - rank(right) || left.span.start - right.span.start);
  const seen = new Set<string>();
  const firstUse = new Map<number, { diagnostic: TypeDiagnostic; more: number }>();
  const kept = sorted.filter((diagnostic) => {
    if (diagnostic.kind === "mismatch" && diagnostic.definition !== undefined) {
      const first = firstUse.get(diagnostic.definition.start);
      if (first) first.more++;
      else firstUse.set(diagnostic.definition.start, { diagnostic, more: 0 });
      return first === undefined;
    }
    if (diagnostic.kind !== "missingInstance" || diagnostic.signature === undefined) return true;
    const key = `${diagnostic.signature.name} ${printPredicate(diagnostic.signature.predicate)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const counted = new Map([...firstUse.values()].map(({ diagnostic, more }) => [diagnostic, more]));
  return kept.map((diagnostic) => (diagnostic.kind === "mismatch" && counted.get(diagnostic) ? { ...diagnostic, moreUses: counted.get(diagnostic) } : diagnostic));
}
