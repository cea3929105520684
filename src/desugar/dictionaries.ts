// Classes at run time, by dictionary passing: a class's dictionary is a constructor holding its
// superclasses' dictionaries and then its methods; an instance's dictionary is a top-level cell (a
// function of its context's dictionaries); a binding with a context takes dictionaries first.
// A use whose instance is known calls that instance's method cell directly (re-read at each
// unfolding like any top-level name), or the built-in structural operation where that computes
// the same (see isStructural), so code whose types are known runs as fast as without classes.

import {
  Apply, Case, Fail, Global, GlobalCell, HIDDEN_NAME, Lambda, Local, builtinModuleName, type Constructor, type Expr, type Primitive,
} from "../core/index.ts";
import { LocalVariable } from "../resolve/tree.ts";
import { defaultCell, type Registry } from "../resolve/index.ts";
import { isStructural, printType, type ClassInfo, type Constraint, type DictionaryScope, type Evidence, type Instance, type ModuleEvidence } from "../types/index.ts";
import type { Span } from "../text/index.ts";
import { LocalScope } from "./locals.ts";

/**
 * What a name or method use calls: a primitive (called directly when saturated), or an expression
 * with the dictionaries it takes first (joined with further arguments in one application).
 */
export type Callee = { readonly primitive: Primitive } | { readonly expr: Expr; readonly dictionaries?: readonly Expr[] };

const nowhere: Span = { file: "", start: 0, end: 0 };

export class Dictionaries {
  private readonly binders = new WeakMap<DictionaryScope, LocalVariable[]>();
  /** Dictionaries of instances at known types (no parameters inside): one constant each, shared. */
  private readonly closed = new Map<Evidence, GlobalCell | undefined>();
  /** The constants made for them (see `closedDictionary`), to be defined with the module. */
  readonly constants: { readonly cell: GlobalCell; readonly lambda: Lambda }[] = [];

  /** `module`: where constants for dictionaries at known types go (none for an expression: they are built in place). */
  constructor(readonly evidence: ModuleEvidence | undefined, readonly registry: Registry, private readonly module?: string) {}

  classInfo(classId: string): ClassInfo | undefined {
    return this.evidence?.classes.get(classId);
  }

  /** The class a value (a cell or primitive) is a method of. */
  methodClass(key: object): ClassInfo | undefined {
    const classId = this.evidence?.methods.get(key);
    return classId === undefined ? undefined : this.classInfo(classId);
  }

  /** How many dictionaries a method takes after its class's (for its own context: `Integral b` of `round`). */
  ownContext(info: ClassInfo, method: string): number {
    const scheme = this.evidence?.schemes.get(info.methods.get(method)!);
    return scheme === undefined ? 0 : scheme.context.length - 1;
  }

  /** The built-in operation that implements a method for the built-in types, if one does. */
  methodPrimitive(info: ClassInfo, method: string): Primitive | undefined {
    const key = info.methods.get(method);
    return key instanceof GlobalCell ? undefined : (key as Primitive);
  }

  /** The cell of a method's default definition (a built-in method's is a cell of its own), if it has one. */
  defaultOf(info: ClassInfo, method: string): GlobalCell | undefined {
    if (!info.defaults.has(method)) return undefined;
    const key = info.methods.get(method);
    return key instanceof GlobalCell ? key : defaultCell(this.registry, info.module, method);
  }

  /** How many dictionary parameters a binding takes. */
  parameterCount(owner: object): number {
    return this.evidence?.scopes.get(owner)?.predicates.length ?? 0;
  }

  /** Declares a binding's dictionary parameters in `scope` (its first parameters); returns them. */
  declareParameters(owner: object, scope: LocalScope): Local[] {
    return this.declare(this.evidence?.scopes.get(owner), scope);
  }

  /** Declares an instance's context as the first parameters in `scope`; returns them. */
  declareInstanceParameters(instance: Instance, scope: LocalScope): Local[] {
    return this.declare(this.evidence?.instances.scopes.get(instance), scope);
  }

  private declare(dictionaryScope: DictionaryScope | undefined, scope: LocalScope): Local[] {
    if (dictionaryScope === undefined) return [];
    return this.parametersOf(dictionaryScope).map((binder) => new Local(0, scope.declare(binder), binder.name));
  }

  private parametersOf(scope: DictionaryScope): LocalVariable[] {
    let binders = this.binders.get(scope);
    if (binders === undefined) {
      binders = scope.predicates.map((predicate) => new LocalVariable(`${HIDDEN_NAME}${predicate.className}`, nowhere));
      this.binders.set(scope, binders);
    }
    return binders;
  }

  /** The dictionary the evidence names (a class's structural one where the evidence is missing: a module run despite type errors). */
  dictionary(evidence: Evidence | undefined, classId: string, scope: LocalScope, span: Span): Expr {
    if (evidence === undefined) return this.structural(classId, span);
    switch (evidence.form) {
      case "instance": {
        const cell = instanceCell(this.registry, evidence.instance);
        if (evidence.context.length === 0) return new Global(cell, span);
        const constant = this.closedDictionary(evidence, span);
        if (constant !== undefined) return new Global(constant, span);
        return new Apply(new Global(cell, span), this.contextOf(evidence.context, scope, span), span);
      }
      case "parameter":
        return scope.lookup(this.parametersOf(evidence.scope)[evidence.index]) ?? this.structural(classId, span);
      case "superclass": {
        const fromClass = this.classInfo(classOf(evidence.from))!;
        const selector = this.selector(fromClass, fromClass.superclasses.indexOf(evidence.classId), `${HIDDEN_NAME}${this.classInfo(evidence.classId)?.name}`);
        return new Apply(selector, [this.dictionary(evidence.from, fromClass.id, scope, span)], span);
      }
    }
  }

  /**
   * A dictionary at a known type (`Show [Maybe Integer]`) as a constant of the module: built once
   * per program version, and linear in size where the type shares its parts (evidence shares them
   * too). Named by what it holds, so a term holding it from an older version finds the same one.
   */
  private closedDictionary(evidence: Extract<Evidence, { form: "instance" }>, span: Span): GlobalCell | undefined {
    if (this.module === undefined) return undefined;
    if (this.closed.has(evidence)) return this.closed.get(evidence);
    this.closed.set(evidence, undefined);
    const parts = evidence.context.map((constraint) => constraint.evidence);
    const closed = parts.every((part) => part?.form === "instance" && (part.context.length === 0 || this.closedDictionary(part, span) !== undefined));
    if (!closed) return undefined;
    const cell = this.registry.dictionaryCell(this.module, `${HIDDEN_NAME}dictionary ${evidence.instance.id} #${digestOf(evidence)}`, instanceName(evidence.instance));
    const root = LocalScope.function(undefined);
    const lambda = new Lambda(0, 1, new Apply(new Global(instanceCell(this.registry, evidence.instance), span), this.contextOf(evidence.context, root, span), span), evidence.instance.id, span);
    this.constants.push({ cell, lambda });
    this.closed.set(evidence, cell);
    return cell;
  }

  /** The dictionaries of an instance's context, in order. */
  contextOf(context: readonly Constraint[], scope: LocalScope, span: Span): Expr[] {
    return context.map((constraint) => this.dictionary(constraint.evidence, constraint.predicate.classId, scope, span));
  }

  /**
   * A use of method `name` of `info` at the evidence of its class predicate: the structural
   * primitive, the known instance's method cell, or the method selected from a dictionary.
   */
  method(info: ClassInfo, name: string, evidence: Evidence | undefined, scope: LocalScope, span: Span): Callee {
    const primitive = this.methodPrimitive(info, name);
    const written = evidence?.form === "instance" && evidence.instance.written.includes(name);
    if (primitive !== undefined && !written && (evidence === undefined || isStructural(evidence))) return { primitive };
    if (evidence?.form === "instance") {
      return { expr: new Global(methodCell(this.registry, evidence.instance, name), span), dictionaries: this.contextOf(evidence.context, scope, span) };
    }
    const index = info.superclasses.length + [...info.methods.keys()].indexOf(name);
    return { expr: this.selector(info, index, name), dictionaries: [this.dictionary(evidence, info.id, scope, span)] };
  }

  /** The class's structural dictionary (see instances.ts). */
  structural(classId: string, span: Span): Expr {
    const info = this.classInfo(classId);
    if (info === undefined) return new Fail(`(no class ${classId})`, span, []);
    return new Global(structuralCell(this.registry, info), span);
  }

  /** `\d -> the index-th field of d` for the class's dictionary. */
  selector(info: ClassInfo, index: number, name: string): Lambda {
    const constructor = dictionaryConstructor(this.registry, info);
    let selectors = selectorCache.get(constructor);
    if (selectors === undefined) selectorCache.set(constructor, (selectors = []));
    let selector = selectors[index];
    if (selector === undefined) {
      const dictionary = new Local(0, 1, `${HIDDEN_NAME}${info.name}`);
      const fieldSlots = Array.from({ length: constructor.arity }, (_, at) => (at === index ? 2 : -1));
      const body = new Case(dictionary, -1, [{ con: constructor, fieldSlots, body: new Local(0, 2, name), span: nowhere }], new Fail(name, nowhere, [dictionary]), nowhere);
      selectors[index] = selector = new Lambda(1, 3, body, name, nowhere);
    }
    return selector;
  }
}

const selectorCache = new WeakMap<Constructor, Lambda[]>();

const digests = new WeakMap<Evidence, string>();

/** A short name for a dictionary at a known type: its instance and its parts', hashed (cyrb53). */
function digestOf(evidence: Extract<Evidence, { form: "instance" }>): string {
  let digest = digests.get(evidence);
  if (digest === undefined) {
    const parts = evidence.context.map((constraint) => constraint.evidence as Extract<Evidence, { form: "instance" }>);
    digest = hash(`${evidence.instance.id}(${parts.map(digestOf).join(",")})`);
    digests.set(evidence, digest);
  }
  return digest;
}

function hash(text: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The class a dictionary given by the evidence belongs to. */
export function classOf(evidence: Evidence): string {
  switch (evidence.form) {
    case "instance":
      return evidence.instance.classId;
    case "parameter":
      return evidence.scope.predicates[evidence.index].classId;
    case "superclass":
      return evidence.classId;
  }
}

/**
 * The cell holding an instance's dictionary. Its name says the context it takes, so that an edit
 * changing the context makes a new cell (a term still holding the old one keeps the edit out).
 */
export function instanceCell(registry: Registry, instance: Instance): GlobalCell {
  return registry.dictionaryCell(instance.module, `${HIDDEN_NAME}instance ${instance.id}${contextKey(instance)}`, instanceName(instance));
}

/** The cell holding an instance's implementation of a method (printed as the method's name). */
export function methodCell(registry: Registry, instance: Instance, method: string): GlobalCell {
  return registry.cell(instance.module, method, `${HIDDEN_NAME}${method} ${instance.id}${contextKey(instance)}`);
}

/** `Show (Maybe a)`: the class and the head, as written. */
export function instanceName(instance: Instance): string {
  return `${instance.classId.slice(instance.classId.lastIndexOf(".") + 1)} ${printType(instance.head)}`;
}

function contextKey(instance: Instance): string {
  return instance.context.length === 0 ? "" : ` given ${instance.context.map((predicate) => predicate.classId).join(", ")}`;
}

/** The cell of a class's structural dictionary: built-in operations and defaults, for code run despite type errors. */
export function structuralCell(registry: Registry, info: ClassInfo): GlobalCell {
  return registry.dictionaryCell(info.module, `${HIDDEN_NAME}structural ${info.name}`, info.name);
}

/** A class's dictionary constructor: a new one whenever the class's layout changes (a held old dictionary then fails to match, visibly). */
export function dictionaryConstructor(registry: Registry, info: ClassInfo): Constructor {
  const layout = `${info.superclasses.join(",")};${[...info.methods.keys()].join(",")}`;
  return registry.dictionaryConstructor(info.module, info.name, layout, info.superclasses.length + info.methods.size);
}

/** Whether the evidence is for a built-in number type (or missing: a module run despite type errors). */
export function isBuiltinNumber(evidence: Evidence | undefined): boolean {
  return evidence === undefined || (evidence.form === "instance" && evidence.instance.module === builtinModuleName);
}

/** Whether a number written at this evidence's type is that number as written: an exact built-in one. */
export function takesLiteralAsWritten(evidence: Evidence | undefined): boolean {
  return isBuiltinNumber(evidence) && !isFloating(evidence);
}

/** Whether the evidence is for `Double` or `Float` (IEEE doubles at run time). */
export function isFloating(evidence: Evidence | undefined): boolean {
  if (evidence?.form !== "instance") return false;
  const head = evidence.instance.head;
  return head.form === "constructor" && (head.id === `${builtinModuleName}.Double` || head.id === `${builtinModuleName}.Float`);
}
