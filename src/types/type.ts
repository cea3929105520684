// Types and kinds: unification variables (mutable cells with levels), rigid variables of
// signatures, generic variables of schemes, constructors, applications, and synonyms kept as
// written beside their expansion. Predicates, qualified types and schemes are built from them.

import { builtinModuleName } from "../core/builtins.ts";

export type Kind = { readonly form: "star" } | { readonly form: "arrow"; readonly from: Kind; readonly to: Kind } | KindVariable;

export class KindVariable {
  readonly form = "kindVariable";
  link: Kind | undefined = undefined;
}

export const STAR: Kind = { form: "star" };

export function kindArrow(from: Kind, to: Kind): Kind {
  return { form: "arrow", from, to };
}

/** A kind with its variables' links followed. */
export function resolveKind(kind: Kind): Kind {
  while (kind.form === "kindVariable" && kind.link !== undefined) kind = kind.link;
  return kind;
}

export type Type = TypeVariable | RigidVariable | GenericVariable | TypeConstructor | TypeApplication | SynonymApplication;

let nextVariableNumber = 0;

/** A unification variable: `link` is set once it is solved; `level` is the let-depth it lives at. */
export class TypeVariable {
  readonly form = "variable";
  link: Type | undefined = undefined;
  readonly number = nextVariableNumber++;
  constructor(public level: number) {}
}

/** A variable of a signature while its binding is checked: equal only to itself. */
export class RigidVariable {
  readonly form = "rigid";
  readonly number = nextVariableNumber++;
  constructor(readonly name: string, readonly level: number) {}
}

/** A quantified variable of a scheme (or of an instance head, a synonym body, a constructor's type). */
export interface GenericVariable {
  readonly form: "generic";
  readonly index: number;
}

/** A named type: `id` is `module.name`, the identity that survives recompiling. */
export interface TypeConstructor {
  readonly form: "constructor";
  readonly id: string;
  readonly name: string;
  readonly kind: Kind;
}

export interface TypeApplication {
  readonly form: "application";
  readonly function: Type;
  readonly argument: Type;
}

/** `Dur` as written, standing for its expansion (unification looks through it, printing does not). */
export interface SynonymApplication {
  readonly form: "synonym";
  readonly id: string;
  readonly name: string;
  readonly args: readonly Type[];
  readonly expansion: Type;
}

export function typeConstructor(module: string, name: string, kind: Kind): TypeConstructor {
  return { form: "constructor", id: `${module}.${name}`, name, kind };
}

export function generic(index: number): GenericVariable {
  return { form: "generic", index };
}

export function apply(function_: Type, ...args: Type[]): Type {
  return args.reduce<Type>((result, argument) => ({ form: "application", function: result, argument }), function_);
}

function arrows(count: number): Kind {
  return count === 0 ? STAR : kindArrow(STAR, arrows(count - 1));
}

export const ARROW = typeConstructor(builtinModuleName, "->", arrows(2));
export const LIST = typeConstructor(builtinModuleName, "[]", arrows(1));
export const UNIT = typeConstructor(builtinModuleName, "()", STAR);
export const BOOL = typeConstructor(builtinModuleName, "Bool", STAR);
export const CHAR = typeConstructor(builtinModuleName, "Char", STAR);
export const INTEGER = typeConstructor(builtinModuleName, "Integer", STAR);
export const DOUBLE = typeConstructor(builtinModuleName, "Double", STAR);
export const RATIO = typeConstructor(builtinModuleName, "Ratio", arrows(1));

const tuples: TypeConstructor[] = [];

export function tupleConstructorType(size: number): TypeConstructor {
  return (tuples[size] ??= typeConstructor(builtinModuleName, "(" + ",".repeat(size - 1) + ")", arrows(size)));
}

export function functionType(argument: Type, result: Type): Type {
  return apply(ARROW, argument, result);
}

/** `a1 -> a2 -> … -> result`. */
export function functionOf(args: readonly Type[], result: Type): Type {
  return args.reduceRight((rest, argument) => functionType(argument, rest), result);
}

export function listType(element: Type): Type {
  return apply(LIST, element);
}

export function tupleType(elements: readonly Type[]): Type {
  return apply(tupleConstructorType(elements.length), ...elements);
}

/** Follows solved variables' links (synonyms are kept). */
export function resolve(type: Type): Type {
  while (type.form === "variable" && type.link !== undefined) type = type.link;
  return type;
}

/** Follows links and expands synonyms until the outermost form is structural. */
export function expand(type: Type): Type {
  for (;;) {
    type = resolve(type);
    if (type.form !== "synonym") return type;
    type = type.expansion;
  }
}

/** The head and arguments of an application spine: `Either a b` is `Either` with [a, b]. */
export function spine(type: Type): { head: Type; args: Type[] } {
  const args: Type[] = [];
  type = expand(type);
  while (type.form === "application") {
    args.unshift(type.argument);
    type = expand(type.function);
  }
  return { head: type, args };
}

/** `IO t`: the type of actions, which a `main` may have (the interpreter plays it through `runIO`). */
export function isAction(type: Type): boolean {
  const head = spine(type).head;
  return head.form === "constructor" && head.id === "Refrain.IO.IO";
}

/** The argument and result of a function type, or undefined when the type is not (yet) one. */
export function functionParts(type: Type): { argument: Type; result: Type } | undefined {
  const { head, args } = spine(type);
  return head.form === "constructor" && head.id === ARROW.id && args.length === 2 ? { argument: args[0], result: args[1] } : undefined;
}

/**
 * Types are graphs: a part may be shared (`\y -> (y, y)` applied n times has a type of n
 * nodes that reads as 2^n). The walks below remember each node they have seen, so they take
 * time in the size of the graph, and copies keep its sharing.
 */

/** Replaces generic variables by the given types (a scheme's instantiation, a synonym's expansion). */
export function instantiateGenerics(type: Type, by: readonly Type[]): Type {
  return copyType(type, (leaf) => (leaf.form === "generic" ? by[leaf.index] : undefined), new Map());
}

/** A copy of the type with some unsolved or rigid variables replaced (`by` returns undefined to keep one). */
export function replaceVariables(type: Type, by: (variable: TypeVariable | RigidVariable) => Type | undefined): Type {
  return copyType(type, (leaf) => (leaf.form === "variable" || leaf.form === "rigid" ? by(leaf) : undefined), new Map());
}

/** A copy of the type with leaves replaced (`replace` returns undefined to keep one), each shared part copied once. */
function copyType(type: Type, replace: (leaf: Type) => Type | undefined, copies: Map<Type, Type>): Type {
  type = resolve(type);
  const known = copies.get(type);
  if (known !== undefined) return known;
  let copy: Type;
  switch (type.form) {
    case "application":
      copy = { form: "application", function: copyType(type.function, replace, copies), argument: copyType(type.argument, replace, copies) };
      break;
    case "synonym":
      copy = { ...type, args: type.args.map((argument) => copyType(argument, replace, copies)), expansion: copyType(type.expansion, replace, copies) };
      break;
    default:
      return replace(type) ?? type;
  }
  copies.set(type, copy);
  return copy;
}

/** The scheme quantifying the given variables too (numbered after its own generics). */
export function quantify(scheme: Scheme, variables: readonly TypeVariable[]): Scheme {
  const by = (variable: TypeVariable | RigidVariable) => {
    const at = variable.form === "variable" ? variables.indexOf(variable) : -1;
    return at < 0 ? undefined : generic(scheme.count + at);
  };
  return {
    count: scheme.count + variables.length,
    names: scheme.names,
    context: scheme.context.map((predicate) => ({ ...predicate, type: replaceVariables(predicate.type, by) })),
    type: replaceVariables(scheme.type, by),
  };
}

/** The unsolved unification variables of a type, each once, in order of appearance. */
export function freeVariables(type: Type, into: TypeVariable[] = [], seen = new Set<Type>()): TypeVariable[] {
  type = resolve(type);
  if (seen.has(type)) return into;
  seen.add(type);
  if (type.form === "variable") {
    if (!into.includes(type)) into.push(type);
  } else if (type.form === "application") {
    freeVariables(type.function, into, seen);
    freeVariables(type.argument, into, seen);
  } else if (type.form === "synonym") {
    freeVariables(type.expansion, into, seen);
  }
  return into;
}

/** Does the type mention the rigid variable (or any rigid variable when none is given)? */
export function mentionsRigid(type: Type, rigid?: RigidVariable): boolean {
  type = expand(type);
  if (type.form === "rigid") return rigid === undefined || type === rigid;
  return type.form === "application" && (mentionsRigid(type.function, rigid) || mentionsRigid(type.argument, rigid));
}

/** `Eq a`: a single-parameter class applied to a type. */
export interface Predicate {
  readonly classId: string;
  readonly className: string;
  readonly type: Type;
}

/** `forall a b. (Eq a, Show b) => a -> b -> String`, its variables numbered 0 … count-1. */
export interface Scheme {
  readonly count: number;
  /** Names as written in a signature (index by generic number), for printing. */
  readonly names: readonly (string | undefined)[];
  readonly context: readonly Predicate[];
  readonly type: Type;
}

export function monomorphic(type: Type): Scheme {
  return { count: 0, names: [], context: [], type };
}

export function predicateOf(classId: string, type: Type): Predicate {
  return { classId, className: classId.slice(classId.lastIndexOf(".") + 1), type };
}

/** Structural equality after links and synonyms (used for predicates and instance heads). */
export function sameType(left: Type, right: Type): boolean {
  left = expand(left);
  right = expand(right);
  if (left === right) return true;
  if (left.form === "constructor" && right.form === "constructor") return left.id === right.id;
  if (left.form === "generic" && right.form === "generic") return left.index === right.index;
  if (left.form === "application" && right.form === "application") {
    return sameType(left.function, right.function) && sameType(left.argument, right.argument);
  }
  return false;
}

export function samePredicate(left: Predicate, right: Predicate): boolean {
  return left.classId === right.classId && sameType(left.type, right.type);
}
