// Type errors as values: what went wrong, where, and the types involved. `message.ts` turns them
// into text at the edge; nothing decides by reading a message.

import type { Span } from "../text/index.ts";
import type { Expr, Pattern } from "../resolve/tree.ts";
import type { Kind, Predicate, Scheme, Type } from "./type.ts";

/** Where a type was expected, so that a message can say what the expression is for. */
export type Site =
  | { readonly role: "argument"; readonly function: Expr; readonly position: number }
  | { readonly role: "operand"; readonly operator: Expr }
  | { readonly role: "condition" }
  | { readonly role: "guard" }
  | { readonly role: "branch"; readonly first: Expr }
  | { readonly role: "alternative" }
  | { readonly role: "element"; readonly first: Expr }
  | { readonly role: "annotation" }
  | { readonly role: "pattern" }
  | { readonly role: "generator" }
  | { readonly role: "statement" }
  | { readonly role: "field"; readonly name: string }
  | { readonly role: "range" }
  /** The body of a definition; `declared` when its type comes from a signature (else from its uses). */
  | { readonly role: "result"; readonly name: string; readonly declared: boolean }
  | { readonly role: "definition"; readonly name: string };

export type TypeDiagnostic =
  /** The expression (or pattern) has type `actual` where `expected` is needed. */
  | {
      readonly kind: "mismatch";
      readonly span: Span;
      readonly expression: Expr | Pattern | undefined;
      readonly site: Site;
      readonly expected: Type;
      readonly actual: Type;
      /** Where the expression, a name of this module without a signature, got its type: its definition. */
      readonly definition?: Span;
      /** Other uses of that name with the same problem (reported once, here). */
      readonly moreUses?: number;
    }
  /** Solving would make an infinite type `a = [a]`. */
  | { readonly kind: "occurs"; readonly span: Span; readonly expression: Expr | Pattern | undefined; readonly site: Site; readonly expected: Type; readonly actual: Type }
  /** No instance: `Show (a -> b)`, `Num Char`; or a constraint the signature's context does not give. */
  | {
      readonly kind: "missingInstance";
      readonly span: Span;
      readonly predicate: Predicate;
      readonly origin: Expr | Pattern | undefined;
      /** Set when the predicate is on a signature's variables: add it (`predicate`, over the scheme's generics) to the context. */
      readonly signature: { readonly name: string; readonly scheme: Scheme; readonly predicate: Predicate } | undefined;
    }
  /** A constraint on a variable nothing fixes, and defaulting does not apply (`show (read s)`). */
  | { readonly kind: "ambiguous"; readonly span: Span; readonly predicates: readonly Predicate[]; readonly origin: Expr | Pattern | undefined }
  | { readonly kind: "kind"; readonly span: Span; readonly type: Type; readonly expected: Kind; readonly actual: Kind }
  /** A type synonym used with fewer arguments than its parameters. */
  | { readonly kind: "synonymArity"; readonly span: Span; readonly name: string; readonly expected: number; readonly actual: number }
  | { readonly kind: "unboundTypeVariable"; readonly span: Span; readonly name: string }
  /** A type synonym that mentions itself (directly or through other synonyms). */
  | { readonly kind: "recursiveSynonym"; readonly span: Span; readonly name: string }
  /** An instance defines a binding its class does not declare. */
  | { readonly kind: "notAMethod"; readonly span: Span; readonly name: string; readonly className: string }
  /** The signature promises more than the definition gives: `rigid` would have to be `actual`. */
  | {
      readonly kind: "signatureTooGeneral";
      readonly span: Span;
      readonly name: string;
      /** The signature as the definition sees it: its variables rigid. */
      readonly signature: { readonly context: readonly Predicate[]; readonly type: Type };
      readonly rigid: Type;
      readonly actual: Type;
    }
  /** A function's equations have different numbers of arguments, or a signature has fewer arrows. */
  | { readonly kind: "arity"; readonly span: Span; readonly name: string; readonly expected: number; readonly actual: number; readonly type: Type | undefined }
  /** Something that is not a function is applied to arguments. */
  | { readonly kind: "notAFunction"; readonly span: Span; readonly function: Expr; readonly type: Type; readonly argumentCount: number }
  /** A constructor pattern with the wrong number of arguments. */
  | { readonly kind: "constructorArity"; readonly span: Span; readonly name: string; readonly expected: number; readonly actual: number }
  | { readonly kind: "overlappingInstances"; readonly span: Span; readonly first: string; readonly second: string }
  | { readonly kind: "deriving"; readonly span: Span; readonly className: string; readonly typeName: string; readonly reason: "notEnumeration" | "notSupported" }
  /** A class used as a type, or a type as a class. */
  | { readonly kind: "notAType" | "notAClass"; readonly span: Span; readonly name: string }
  /** A value whose type no module declares (a primitive without a signature): typed as anything. */
  | { readonly kind: "untyped"; readonly span: Span; readonly name: string };
