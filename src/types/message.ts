// Type diagnostics into messages a musician can act on (Elm's as the model): what the expression
// is, the type it has, the type needed, in Haskell notation with the song's own names, and a
// likely fix where one is clear.

import { error, warning, type Diagnostic } from "../text/index.ts";
import type { Expr, Pattern } from "../resolve/tree.ts";
import type { Site, TypeDiagnostic } from "./diagnostics.ts";
import { TypeNaming, printContext, printKind, printPredicate, printScheme, printType } from "./print.ts";
import { expand, functionParts, isAction, resolveKind, spine, type Predicate, type Scheme, type Type } from "./type.ts";

export function toDiagnostic(diagnostic: TypeDiagnostic): Diagnostic {
  const text = messageOf(diagnostic);
  if (diagnostic.kind === "untyped") return warning(diagnostic.span, text);
  if (diagnostic.kind !== "mismatch" || diagnostic.definition === undefined || diagnostic.expression?.kind !== "global") return error(diagnostic.span, text);
  const name = diagnostic.expression.entity.name;
  const more = diagnostic.moreUses === undefined ? "" : diagnostic.moreUses === 1
    ? ` (one more use of \`${name}\` disagrees with it the same way)`
    : ` (${diagnostic.moreUses} more uses of \`${name}\` disagree with it the same way)`;
  return { ...error(diagnostic.span, text), notes: [{ span: diagnostic.definition, message: `\`${name}\` has its type from its definition here${more}` }] };
}

const ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

/** How a message names an expression: `x`, the number 3, the string "la", or "this expression". */
export function describe(node: Expr | Pattern | undefined): string {
  if (node === undefined) return "this";
  switch (node.kind) {
    case "local":
      return `\`${node.variable.name}\``;
    case "global":
      return `\`${node.entity.name}\``;
    case "con":
      return "con" in node ? `\`${node.con.name}\`` : "this pattern";
    case "literal": {
      const literal = node.literal;
      if (literal.kind === "integer") return `the number ${literal.value}`;
      if (literal.kind === "rational") return "this number";
      if (literal.kind === "char") return `the character ${JSON.stringify(literal.value).replace(/^"|"$/g, "'")}`;
      return `the string ${JSON.stringify(literal.value)}`;
    }
    case "var":
    case "wildcard":
    case "as":
    case "lazy":
    case "bang":
      return "this pattern";
    default:
      return "this expression";
  }
}

function quoted(type: Type, naming: TypeNaming): string {
  return `\`${printType(type, naming)}\``;
}

function whatIsExpected(site: Site): string {
  switch (site.role) {
    case "argument":
      return `The ${ordinals[site.position] ?? `${site.position + 1}th`} argument of ${describe(site.function)}`;
    case "operand":
      return "The operand of the minus sign";
    case "condition":
      return "The condition of this `if`";
    case "guard":
      return "This guard";
    case "branch":
      return "The `else` branch";
    case "alternative":
      return "This `case` alternative";
    case "element":
      return "This list element";
    case "annotation":
      return "This expression";
    case "pattern":
      return "This pattern";
    case "generator":
      return "The expression after `<-`";
    case "statement":
      return "This statement of the `do` block";
    case "field":
      return `The field \`${site.name}\``;
    case "range":
      return "This bound of the range";
    case "result":
    case "definition":
      return `The body of \`${site.name}\``;
  }
}

function whatItMustMatch(site: Site): string {
  switch (site.role) {
    case "argument":
      return `${describe(site.function)} needs`;
    case "branch":
      return "the `then` branch has";
    case "element":
      return "the first element has";
    case "result":
      return site.declared ? `\`${site.name}\` is declared as` : `\`${site.name}\` is used as`;
    case "definition":
      return `\`${site.name}\` is declared or used as`;
    default:
      return "it must be";
  }
}

function isString(type: Type): boolean {
  const { head, args } = spine(type);
  return head.form === "constructor" && head.name === "[]" && args.length === 1 && isNamed(args[0], "Char");
}

function isNamed(type: Type, name: string): boolean {
  const expanded = expand(type);
  return expanded.form === "constructor" && expanded.name === name;
}

const NUMBERS = ["Integer", "Int", "Double", "Float", "Ratio"];

function isNumber(type: Type): boolean {
  const head = spine(type).head;
  return head.form === "constructor" && NUMBERS.includes(head.name);
}

/** Counts the arrows of a function type. */
function arity(type: Type): number {
  let count = 0;
  for (let parts = functionParts(type); parts !== undefined; parts = functionParts(parts.result)) count++;
  return count;
}

function mismatchHint(expected: Type, actual: Type, site: Site): string | undefined {
  if (functionParts(actual) !== undefined && functionParts(expected) === undefined && expand(expected).form !== "variable") {
    return `It is a function (it still needs ${arity(actual) === 1 ? "an argument" : "arguments"}). Is an argument missing?`;
  }
  const { head } = spine(actual);
  if (site.role === "argument" && head.form === "constructor" && head.name.startsWith("(,") && spine(expected).head !== head) {
    return "To give a function two arguments, write them one after the other, `f a b`, not as a tuple `f (a, b)`.";
  }
  if (isAction(actual) && isNamed(spine(expected).head, "[]")) {
    return "`main` may be an action, `main :: IO ()`, as in Haskell; `midiEvents m` gives the elements `play m` plays, as a list.";
  }
  if (isString(actual) && isNumber(expected)) return "Numbers are written without quotes: `60`, not `\"60\"`.";
  if (isNumber(actual) && isString(expected)) return "To turn a number into text, use `show`.";
  if (isNamed(actual, "Char") && isString(expected)) return "A String is written in double quotes: `\"a\"`; single quotes make a Char.";
  if (isString(actual) && isNamed(expected, "Char")) return "A Char is written in single quotes: `'a'`; double quotes make a String.";
  return undefined;
}

function missingInstanceMessage(predicate: Predicate, origin: Expr | Pattern | undefined, signature: { name: string; scheme: Scheme; predicate: Predicate } | undefined): string {
  const naming = new TypeNaming();
  const needed = `\`${printPredicate(predicate, naming)}\``;
  const cause = origin === undefined ? "" : ` (needed by ${describe(origin)})`;
  if (signature !== undefined) {
    const scheme = signature.scheme;
    const suggestion = printScheme({ ...scheme, context: [...scheme.context, signature.predicate] }, new TypeNaming());
    return `The signature of \`${signature.name}\` does not promise ${needed}${cause}. Add it to the signature's context, e.g. \`${signature.name} :: ${suggestion}\`.`;
  }
  if (functionParts(predicate.type) !== undefined) {
    return `There is no instance ${needed}${cause}: a function cannot be ${verbOf(predicate.className)}. Is an argument missing?`;
  }
  if (origin?.kind === "literal" && (predicate.className === "Num" || predicate.className === "Fractional")) {
    return `${describe(origin)} is used where a value of type \`${printType(predicate.type, naming)}\` is needed, and \`${printType(predicate.type, naming)}\` is not a number type (no instance ${needed}).`;
  }
  const head = spine(predicate.type).head;
  const fix = head.form === "constructor" && ["Eq", "Ord", "Show", "Enum", "Bounded"].includes(predicate.className)
    ? ` Add \`deriving (${predicate.className})\` to the declaration of \`${head.name}\`, or write an instance.` : "";
  return `There is no instance ${needed}${cause}.${fix}`;
}

function verbOf(className: string): string {
  return ({ Show: "shown", Eq: "compared", Ord: "ordered" } as Record<string, string>)[className] ?? `used as ${className}`;
}

export function messageOf(diagnostic: TypeDiagnostic): string {
  const text = sentence(diagnostic);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(diagnostic: TypeDiagnostic): string {
  const naming = new TypeNaming();
  switch (diagnostic.kind) {
    case "mismatch": {
      const { expected, actual, site } = diagnostic;
      const described = describe(diagnostic.expression);
      const named = described !== "this expression" && (site.role === "argument" || site.role === "branch" || site.role === "element");
      const subject = named ? `${whatIsExpected(site)}, ${described},` : whatIsExpected(site);
      const hint = mismatchHint(expected, actual, site);
      return `${subject} has type ${quoted(actual, naming)}, but ${whatItMustMatch(site)} ${quoted(expected, naming)}.${hint === undefined ? "" : "\n" + hint}`;
    }
    case "occurs":
      return `${describe(diagnostic.expression)} would need an infinite type: ${quoted(diagnostic.actual, naming)} would have to equal ${quoted(diagnostic.expected, naming)}. Is an argument missing, or a function applied to itself?`;
    case "missingInstance":
      return missingInstanceMessage(diagnostic.predicate, diagnostic.origin, diagnostic.signature);
    case "ambiguous": {
      const constraints = diagnostic.predicates.map((predicate) => `\`${printPredicate(predicate, naming)}\``).join(", ");
      return `The type of ${describe(diagnostic.origin)} is ambiguous: it needs ${constraints}, but nothing says which type that is. Add a type annotation, e.g. \`(… :: Integer)\`.`;
    }
    case "kind": {
      const actual = resolveKind(diagnostic.actual);
      if (actual.form === "arrow" && resolveKind(diagnostic.expected).form === "star") {
        return `\`${printType(diagnostic.type, naming)}\` needs more type arguments (its kind is ${printKind(actual)}, but a type is expected here).`;
      }
      return `\`${printType(diagnostic.type, naming)}\` has kind ${printKind(actual)}, but kind ${printKind(diagnostic.expected)} is expected here.`;
    }
    case "synonymArity":
      return `The type synonym \`${diagnostic.name}\` needs ${diagnostic.expected} type argument${diagnostic.expected === 1 ? "" : "s"}, but has ${diagnostic.actual}.`;
    case "unboundTypeVariable":
      return `The type variable \`${diagnostic.name}\` is not a parameter of this declaration.`;
    case "recursiveSynonym":
      return `The type synonym \`${diagnostic.name}\` is defined in terms of itself; use \`newtype\` or \`data\` for a recursive type.`;
    case "notAMethod":
      return `\`${diagnostic.name}\` is not a method of the class \`${diagnostic.className}\`.`;
    case "signatureTooGeneral": {
      const signature = printContext(diagnostic.signature.context, naming) + printType(diagnostic.signature.type, naming);
      const rigid = printType(diagnostic.rigid, naming);
      return `The signature \`${diagnostic.name} :: ${signature}\` is too general: it promises any type \`${rigid}\`, but the definition needs ${quoted(diagnostic.actual, naming)} there. Make the signature more specific, or the definition more general.`;
    }
    case "arity":
      return diagnostic.type === undefined
        ? `The equations of \`${diagnostic.name}\` have different numbers of arguments (${diagnostic.expected} and ${diagnostic.actual}).`
        : `The equations of \`${diagnostic.name}\` have ${diagnostic.actual} argument${diagnostic.actual === 1 ? "" : "s"}, but its type ${quoted(diagnostic.type, naming)} has only ${diagnostic.expected}.`;
    case "notAFunction": {
      const count = arity(diagnostic.type);
      const given = `${diagnostic.argumentCount} argument${diagnostic.argumentCount === 1 ? "" : "s"}`;
      return count === 0
        ? `${describe(diagnostic.function)} is not a function (its type is ${quoted(diagnostic.type, naming)}), but it is applied to ${given}.`
        : `${describe(diagnostic.function)} is applied to ${given}, but its type ${quoted(diagnostic.type, naming)} takes only ${count}.`;
    }
    case "constructorArity":
      return `The constructor \`${diagnostic.name}\` has ${diagnostic.expected} field${diagnostic.expected === 1 ? "" : "s"}, but the pattern gives ${diagnostic.actual}.`;
    case "overlappingInstances":
      return `The instances \`${diagnostic.first}\` and \`${diagnostic.second}\` overlap: some type would match both.`;
    case "deriving":
      return diagnostic.reason === "notEnumeration"
        ? `\`${diagnostic.className}\` can be derived for \`${diagnostic.typeName}\` only if its constructors have no fields.`
        : `\`${diagnostic.className}\` cannot be derived: only Eq, Ord, Show, Enum and Bounded can.`;
    case "notAType":
      return `\`${diagnostic.name}\` is a class, not a type.`;
    case "notAClass":
      return `\`${diagnostic.name}\` is not a class.`;
    case "untyped":
      return `\`${diagnostic.name}\` has no declared type; it is accepted with any type.`;
  }
}
