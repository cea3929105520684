// Types, predicates, schemes and kinds printed in Haskell notation: `Num a => a -> [a]`,
// `(Integer, Char)`, synonyms as written (`String`, `Dur`), variables named a, b, c… per message.

import { ARROW, LIST, resolve, resolveKind, type Kind, type Predicate, type Scheme, type Type } from "./type.ts";

/** Names for the variables of the types of one message, so that `a` means one variable throughout. */
export class TypeNaming {
  private readonly names = new Map<object, string>();
  private readonly used = new Set<string>();
  private next = 0;
  /** Parts of types printed so far: a type of a few nodes may read as millions (it shares parts), so a message shows the first ones. */
  private printed = 0;

  /** Counts one part printed; false once a message has printed enough. */
  morePrinted(): boolean {
    return ++this.printed <= MAX_PRINTED_PARTS;
  }

  /** The name of a variable (a unification variable, a rigid variable, a scheme's generic). */
  nameOf(variable: object, preferred?: string): string {
    let name = this.names.get(variable);
    if (name !== undefined) return name;
    name = preferred !== undefined && !this.used.has(preferred) ? preferred : this.fresh();
    this.names.set(variable, name);
    this.used.add(name);
    return name;
  }

  private fresh(): string {
    for (;;) {
      const index = this.next++;
      const letter = String.fromCharCode(97 + (index % 26));
      const name = index < 26 ? letter : letter + Math.floor(index / 26);
      if (!this.used.has(name)) return name;
    }
  }
}

/** Parts of types one message prints before the rest is `…`. */
const MAX_PRINTED_PARTS = 2000;

const TOP = 0, FUNCTION_ARGUMENT = 1, APPLICATION_ARGUMENT = 2;

/** Prints a type; `generics` names a scheme's quantified variables. */
export function printType(type: Type, naming = new TypeNaming(), generics: readonly string[] = []): string {
  return print(type, TOP, naming, generics);
}

function print(type: Type, precedence: number, naming: TypeNaming, generics: readonly string[]): string {
  if (!naming.morePrinted()) return "…";
  type = resolve(type);
  const parenthesize = (text: string, needed: boolean) => (needed ? `(${text})` : text);
  switch (type.form) {
    case "variable":
      return naming.nameOf(type);
    case "rigid":
      return naming.nameOf(type, type.name);
    case "generic":
      return generics[type.index] ?? `t${type.index}`;
    case "constructor":
      return type.id === ARROW.id ? "(->)" : type.name;
    case "synonym": {
      if (type.args.length === 0) return type.name;
      const args = type.args.map((argument) => print(argument, APPLICATION_ARGUMENT, naming, generics));
      return parenthesize([type.name, ...args].join(" "), precedence >= APPLICATION_ARGUMENT);
    }
    case "application": {
      const args: Type[] = [];
      let head: Type = type;
      while (head.form === "application") {
        args.unshift(head.argument);
        head = resolve(head.function);
      }
      const each = (inner: number) => args.map((argument) => print(argument, inner, naming, generics));
      if (head.form === "constructor") {
        if (head.id === ARROW.id && args.length === 2) {
          const [argument, result] = [print(args[0], FUNCTION_ARGUMENT, naming, generics), print(args[1], TOP, naming, generics)];
          return parenthesize(`${argument} -> ${result}`, precedence >= FUNCTION_ARGUMENT);
        }
        if (head.id === LIST.id && args.length === 1) return `[${each(TOP)[0]}]`;
        if (head.name.startsWith("(,") && args.length === head.name.length - 1) return `(${each(TOP).join(", ")})`;
      }
      const text = [print(head, APPLICATION_ARGUMENT, naming, generics), ...each(APPLICATION_ARGUMENT)].join(" ");
      return parenthesize(text, precedence >= APPLICATION_ARGUMENT);
    }
  }
}

export function printPredicate(predicate: Predicate, naming = new TypeNaming(), generics: readonly string[] = []): string {
  return `${predicate.className} ${print(predicate.type, APPLICATION_ARGUMENT, naming, generics)}`;
}

/** `Eq a => `, `(Eq a, Show b) => ` or nothing. */
export function printContext(context: readonly Predicate[], naming = new TypeNaming(), generics: readonly string[] = []): string {
  if (context.length === 0) return "";
  const each = context.map((predicate) => printPredicate(predicate, naming, generics));
  return (each.length === 1 ? each[0] : `(${each.join(", ")})`) + " => ";
}

/** The names a scheme's generics get in a message: as written where free, else a, b, c… */
export function schemeNames(scheme: Scheme, naming: TypeNaming): string[] {
  const names: string[] = [];
  for (let index = 0; index < scheme.count; index++) names.push(naming.nameOf({}, scheme.names[index]));
  return names;
}

export function printScheme(scheme: Scheme, naming = new TypeNaming()): string {
  const generics = schemeNames(scheme, naming);
  return printContext(scheme.context, naming, generics) + printType(scheme.type, naming, generics);
}

export function printKind(kind: Kind, argument = false): string {
  kind = resolveKind(kind);
  if (kind.form !== "arrow") return "*";
  const text = `${printKind(kind.from, true)} -> ${printKind(kind.to)}`;
  return argument ? `(${text})` : text;
}
