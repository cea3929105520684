// The classes a library image holds, each made again by its constructor (core terms, numbers,
// characters, type variables and kinds, data constructors), and what it names instead of holding:
// live cells and constructors through the compiler that reads it, primitives and the built-in
// constructors by name.

import {
  Apply, CONS, Case, Char, Construct, Constructor, Delay, EQ, FALSE, Fail, Fired, Float, GT, Global, GlobalCell, LT, Lambda, Let,
  Literal, LiteralCase, Local, NIL, PrimitiveCall, Ratio, TRUE, UNIT, isTuple, tupleConstructor, type Fixity, type Primitive,
} from "../core/index.ts";
import { KindVariable, RigidVariable, TypeVariable } from "../types/index.ts";
import type { ClassCodec, Externals } from "./image-codec.ts";

/** What the compiler that writes or reads an image gives it. */
export interface ImageRegistry {
  readonly primitives: readonly Primitive[];
  /** The key a constructor is registered under (undefined: not registered). */
  constructorKey(constructor: Constructor): string | undefined;
  /** The constructor registered under `key`, made and registered if there is none. */
  adoptConstructor(key: string, name: string, module: string, tag: number, arity: number, fields: readonly string[], fixity: Fixity | undefined, dictionary: boolean): Constructor;
  cellNamed(qualifiedName: string, name: string, dictionary: boolean): GlobalCell;
}

function codec<T extends object>(name: string, type: { readonly prototype: T }, args: (value: T) => readonly unknown[], make: (...args: any[]) => T, late?: ClassCodec<T>["late"]): ClassCodec<T> {
  return { name, type, args, make, late };
}

const terms: readonly ClassCodec[] = [
  codec("Lambda", Lambda, (lambda) => [lambda.arity, lambda.slots, lambda.body, lambda.name, lambda.span, lambda.captures], (...args) => new Lambda(...(args as ConstructorParameters<typeof Lambda>))),
  codec("Local", Local, (local) => [local.depth, local.index, local.name], (depth, index, name) => new Local(depth, index, name)),
  codec("Global", Global, (global) => [global.cell, global.span], (cell, span) => new Global(cell, span)),
  codec("Literal", Literal, (literal) => [literal.value, literal.span], (value, span) => new Literal(value, span)),
  codec("Apply", Apply, (apply) => [apply.fn, apply.args, apply.span], (fn, args, span) => new Apply(fn, args, span)),
  codec("Let", Let, (let_) => [let_.bindings, let_.body], (bindings, body) => new Let(bindings, body)),
  codec("Case", Case, (case_) => [case_.scrutinee, case_.resultSlot, case_.alternatives, case_.fallback, case_.span, case_.owner],
    (scrutinee, slot, alternatives, fallback, span, owner) => new Case(scrutinee, slot, alternatives, fallback, span, owner)),
  codec("LiteralCase", LiteralCase, (case_) => [case_.scrutinee, case_.resultSlot, case_.alternatives, case_.fallback, case_.span, case_.owner],
    (scrutinee, slot, alternatives, fallback, span, owner) => new LiteralCase(scrutinee, slot, alternatives, fallback, span, owner)),
  codec("PrimitiveCall", PrimitiveCall, (call) => [call.primitive, call.args, call.span], (primitive, args, span) => new PrimitiveCall(primitive, args, span)),
  codec("Construct", Construct, (construct) => [construct.con, construct.args, construct.span], (con, args, span) => new Construct(con, args, span)),
  codec("Delay", Delay, (delay) => [delay.body, delay.captures, delay.captureSlots, delay.slots], (body, captures, slots, size) => new Delay(body, captures, slots, size)),
  codec("Fired", Fired, (fired) => [fired.rule, fired.body], (rule, body) => new Fired(rule, body)),
  codec("Fail", Fail, (fail) => [fail.name, fail.span, fail.args, fail.message], (name, span, args, message) => new Fail(name, span, args, message)),
];

const values: readonly ClassCodec[] = [
  codec("Char", Char, (char) => [char.code], (code) => Char.of(code)),
  codec("Float", Float, (float) => [float.value], (value) => new Float(value)),
  codec("Ratio", Ratio, (ratio) => [ratio.numerator, ratio.denominator], (numerator, denominator) => new Ratio(numerator, denominator)),
];

const types: readonly ClassCodec[] = [
  codec("KindVariable", KindVariable, () => [], () => new KindVariable(), { read: (kind) => [kind.link], write: (kind, [link]) => void (kind.link = link as KindVariable["link"]) }),
  codec("TypeVariable", TypeVariable, (variable) => [variable.level], (level) => new TypeVariable(level), { read: (variable) => [variable.link], write: (variable, [link]) => void (variable.link = link as TypeVariable["link"]) }),
  codec("RigidVariable", RigidVariable, (variable) => [variable.name, variable.level], (name, level) => new RigidVariable(name, level)),
];

/** The classes, in the order an image numbers them (an image written with another order is not read). */
export function imageClasses(registry: ImageRegistry): readonly ClassCodec[] {
  const constructors = codec("Constructor", Constructor,
    (con) => {
      const key = registry.constructorKey(con);
      if (key === undefined) throw new Error(`the constructor ${con.module}.${con.name} is not the compiler's`);
      return [key, con.name, con.module, con.tag, con.arity, con.fields, con.fixity, con.dictionary];
    },
    (...args) => registry.adoptConstructor(...(args as Parameters<ImageRegistry["adoptConstructor"]>)),
    { read: (con) => [con.siblings], write: (con, [siblings]) => void (con.siblings = siblings as Constructor[]) });
  return [...terms, ...values, ...types, constructors];
}

/** The names an image records of the classes it numbers. */
export function classNames(classes: readonly ClassCodec[]): string[] {
  return classes.map((codec) => codec.name);
}

/** The built-in constructors, which every compiler shares. */
const builtinConstructors = new Map<string, Constructor>([NIL, CONS, UNIT, FALSE, TRUE, LT, EQ, GT].map((con) => [con.name, con]));

/** Cells, primitives and built-in constructors by name; the library's files relative to its folder. */
export function imageExternals(registry: ImageRegistry, libraryFolder: string): Externals {
  const primitives = new Map(registry.primitives.map((primitive) => [primitive, primitive.name]));
  const byName = new Map(registry.primitives.map((primitive) => [primitive.name, primitive]));
  if (byName.size !== primitives.size) throw new Error("two primitives have one name");
  const prefix = `${libraryFolder}/`;
  return {
    name(value) {
      if (value instanceof GlobalCell) return ["cell", value.qualifiedName, value.name, value.dictionary];
      const primitive = primitives.get(value as Primitive);
      if (primitive !== undefined) return ["primitive", primitive];
      if (value instanceof Constructor && (builtinConstructors.get(value.name) === value || isTuple(value) && tupleConstructor(value.arity) === value)) return ["builtin", value.name, value.arity];
      return undefined;
    },
    resolve(name) {
      const [kind, ...rest] = name as [string, ...any[]];
      if (kind === "cell") return registry.cellNamed(rest[0], rest[1], rest[2]);
      if (kind === "primitive") return byName.get(rest[0]) ?? missing(`the primitive ${rest[0]}`);
      return builtinConstructors.get(rest[0]) ?? (rest[0].startsWith("(,") ? tupleConstructor(rest[1]) : missing(`the constructor ${rest[0]}`));
    },
    shortFile: (text) => (text.startsWith(prefix) ? text.slice(prefix.length) : undefined),
    fullFile: (short) => prefix + short,
  };
}

function missing(what: string): never {
  throw new Error(`the library image names ${what}, which this program does not have`);
}
