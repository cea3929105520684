// The type environment: per module, its type constructors, synonyms, classes, instances and the
// schemes of its values; and the index of everything visible while one module is checked.

import type { Span } from "../text/index.ts";
import type { Constructor } from "../core/term.ts";
import { builtinLayer } from "./builtins.ts";
import type { Kind, Predicate, Scheme, Type, TypeConstructor } from "./type.ts";

export interface TypeInfo {
  readonly constructor: TypeConstructor;
  /** For a synonym: its parameter count and body (parameters as generics 0 … n-1). */
  readonly synonym: { readonly parameters: number; readonly body: Type } | undefined;
  /** For a data type or newtype: its constructors (for deriving and exhaustiveness later). */
  readonly constructors: readonly Constructor[];
}

export interface ClassInfo {
  readonly id: string;
  readonly name: string;
  readonly module: string;
  readonly parameterKind: Kind;
  /** Direct superclasses' ids (`class (Eq a) => Ord a` has Eq). */
  readonly superclasses: readonly string[];
  /** Methods by name, in declaration order (a dictionary's layout), each with the key of its scheme in `values`. */
  readonly methods: ReadonlyMap<string, ValueKey>;
  /** The methods with a default definition (in the method's cell, or for a built-in one in its default cell: see defaultCell). */
  readonly defaults: ReadonlySet<string>;
}

/** `instance (Show a) => Show (Maybe a)`: head and context over generics 0 … count-1. */
export interface Instance {
  /** `Refrain.Primitive.Show Maybe`: the class and the head as printed; unique (instances may not overlap). */
  readonly id: string;
  readonly classId: string;
  readonly module: string;
  readonly count: number;
  readonly head: Type;
  readonly context: readonly Predicate[];
  /** Made by a `deriving` clause rather than written. */
  readonly derived: boolean;
  /** The methods its declaration defines (the others take the class's default). */
  readonly written: readonly string[];
  /**
   * Its methods are the built-in structural operations where the class has them, given a context
   * met the same way (see isStructural in evidence.ts): the built-in module's instances, and
   * derived ones whose fields are met so too (set once its fields are checked).
   */
  structural: boolean;
  readonly span: Span | undefined;
}

/** Entity objects (global cells, primitives, constructors) are stable across versions; types are by id. */
export type ValueKey = object;

export interface ModuleEnvironment {
  readonly name: string;
  readonly types: ReadonlyMap<string, TypeInfo>;
  readonly classes: ReadonlyMap<string, ClassInfo>;
  readonly instances: readonly Instance[];
  readonly values: ReadonlyMap<ValueKey, Scheme>;
  /** Which values are class methods, and of which class. */
  readonly methods: ReadonlyMap<ValueKey, string>;
}

/** What importers see: every module checked so far that this one depends on, by name. */
export interface TypeEnvironment {
  readonly modules: ReadonlyMap<string, ModuleEnvironment>;
}

export const emptyEnvironment: TypeEnvironment = { modules: new Map() };

/** The union of several modules' environments (a module importing several others). */
export function combineEnvironments(environments: readonly TypeEnvironment[]): TypeEnvironment {
  const modules = new Map<string, ModuleEnvironment>();
  for (const environment of environments) for (const [name, module] of environment.modules) modules.set(name, module);
  return { modules };
}

/** Everything visible while checking one module: the imports merged, plus the module's own entries. */
export class EnvironmentIndex {
  readonly types = new Map<string, TypeInfo>();
  readonly classes = new Map<string, ClassInfo>();
  readonly instances = new Map<string, Instance[]>();
  readonly values = new Map<ValueKey, Scheme>();
  readonly methods = new Map<ValueKey, string>();
  readonly own: {
    readonly types: Map<string, TypeInfo>;
    readonly classes: Map<string, ClassInfo>;
    readonly instances: Instance[];
    readonly values: Map<ValueKey, Scheme>;
    readonly methods: Map<ValueKey, string>;
  } = { types: new Map(), classes: new Map(), instances: [], values: new Map(), methods: new Map() };

  constructor(readonly imports: TypeEnvironment, readonly moduleName: string) {
    for (const module of [builtinLayer, ...imports.modules.values()]) {
      if (module.name === moduleName) continue;
      for (const [id, info] of module.types) this.types.set(id, info);
      for (const [id, info] of module.classes) this.classes.set(id, info);
      for (const instance of module.instances) this.instancesOf(instance.classId).push(instance);
      for (const [key, scheme] of module.values) this.values.set(key, scheme);
      for (const [key, classId] of module.methods) this.methods.set(key, classId);
    }
  }

  instancesOf(classId: string): Instance[] {
    let list = this.instances.get(classId);
    if (list === undefined) this.instances.set(classId, (list = []));
    return list;
  }

  addType(info: TypeInfo): void {
    this.types.set(info.constructor.id, info);
    this.own.types.set(info.constructor.id, info);
  }

  addClass(info: ClassInfo): void {
    this.classes.set(info.id, info);
    this.own.classes.set(info.id, info);
  }

  addInstance(instance: Instance): void {
    this.instancesOf(instance.classId).push(instance);
    this.own.instances.push(instance);
  }

  addValue(key: ValueKey, scheme: Scheme, methodOf?: string): void {
    this.values.set(key, scheme);
    this.own.values.set(key, scheme);
    if (methodOf !== undefined) {
      this.methods.set(key, methodOf);
      this.own.methods.set(key, methodOf);
    }
  }

  /** A standard class by name (`Num`), looked up in the modules that hold the Prelude's classes. */
  standardClass(name: string): ClassInfo | undefined {
    for (const module of STANDARD_MODULES) {
      const found = this.classes.get(`${module}.${name}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The imports plus this module's layer. */
  environment(): TypeEnvironment {
    const modules = new Map(this.imports.modules);
    modules.set(this.moduleName, { name: this.moduleName, ...this.own });
    return { modules };
  }
}

/**
 * Modules whose classes count as standard (for defaulting, Haskell 2010 section 4.3.4). Random
 * was a standard library in Haskell 98's library report, so `randomR (1, 6) g` defaults to
 * Integer (as GHCi, not GHC, does).
 */
export const STANDARD_MODULES: readonly string[] = ["Refrain.Primitive", "Prelude", "System.Random"];
