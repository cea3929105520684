// Declaration groups resolved: equations grouped by name into functions, pattern bindings,
// signatures attached to what they type, local fixities; right-hand sides with guards and `where`.

import type { Primitive } from "../core/term.ts";
import type { Declaration, FixityDeclaration, FunctionClause, PatternBinding as SyntaxPatternBinding, RightHandSide as SyntaxRightHandSide, TypeSignature } from "../parse/index.ts";
import type { Span } from "../text/index.ts";
import type { Resolver } from "./context.ts";
import { resolveExpr, resolveStatements } from "./expressions.ts";
import type { Locals } from "./locals.ts";
import { patternNames, resolvePattern } from "./patterns.ts";
import type { Binder, Bindings, FunctionBinding, PatternBinding, RightHandSide, Signature } from "./tree.ts";
import { resolveSignature } from "./types.ts";

/** Consecutive equations of one name. */
export interface FunctionGroup {
  readonly name: string;
  readonly nameSpan: Span;
  readonly span: Span;
  readonly clauses: readonly FunctionClause[];
}

export interface DeclarationGroups {
  readonly functions: FunctionGroup[];
  readonly patterns: SyntaxPatternBinding[];
  readonly fixities: FixityDeclaration[];
  readonly signatures: TypeSignature[];
}

/** Groups equations by name; a name defined in two separate places is an error. */
export function groupDeclarations(resolver: Resolver, declarations: readonly Declaration[]): DeclarationGroups {
  const groups: DeclarationGroups = { functions: [], patterns: [], fixities: [], signatures: [] };
  const defined = new Set<string>();
  let current: { name: string; nameSpan: Span; span: Span; clauses: FunctionClause[] } | undefined;
  for (const declaration of declarations) {
    if (declaration.kind === "function") {
      const name = declaration.name.text;
      if (current && current.name === name) {
        current.clauses.push(declaration);
        current.span = { ...current.span, end: declaration.span.end };
        continue;
      }
      if (defined.has(name)) resolver.report(declaration.name.span, `\`${name}\` is defined twice (its equations must be next to each other)`);
      defined.add(name);
      current = { name, nameSpan: declaration.name.span, span: declaration.span, clauses: [declaration] };
      groups.functions.push(current);
      continue;
    }
    current = undefined;
    if (declaration.kind === "patternBinding") groups.patterns.push(declaration);
    else if (declaration.kind === "fixity") groups.fixities.push(declaration);
    else if (declaration.kind === "signature") groups.signatures.push(declaration);
  }
  for (const group of groups.functions) {
    const arity = group.clauses[0].args.length;
    for (const clause of group.clauses) {
      if (clause.args.length !== arity) {
        resolver.report(clause.span, `the equations of \`${group.name}\` have different numbers of arguments (${arity} and ${clause.args.length})`);
      }
    }
    if (arity === 0 && group.clauses.length > 1) resolver.report(group.clauses[1].span, `\`${group.name}\` is defined twice`);
  }
  return groups;
}

/** The names a group defines, with where each is defined. */
export function definedNames(groups: DeclarationGroups): { name: string; span: Span }[] {
  return [
    ...groups.functions.map((group) => ({ name: group.name, span: group.nameSpan })),
    ...groups.patterns.flatMap((binding) => patternNames(binding.pattern)),
  ];
}

/**
 * Resolves a group whose names are already declared: `binders` gives each defined name's binder,
 * `signed` what a signature's name types (also primitives, at the top level of the built-in module).
 */
export function resolveGroups(resolver: Resolver, groups: DeclarationGroups, locals: Locals,
  binders: ReadonlyMap<string, Binder>, signed: (name: string) => Binder | Primitive | undefined): Bindings {
  const functions = groups.functions.map((group): FunctionBinding => ({
    binder: binders.get(group.name)!,
    name: group.name,
    nameSpan: group.nameSpan,
    clauses: group.clauses.map((clause) => {
      const equation = locals.nested();
      const seen = new Set<string>();
      const patterns = clause.args.map((arg) => resolvePattern(resolver, arg, equation, (name, span) => equation.bind(name, span), seen));
      return { patterns, rhs: resolveRightHandSide(resolver, clause.rhs, equation), span: clause.span };
    }),
    span: group.span,
  }));
  const patterns = groups.patterns.map((binding): PatternBinding => ({
    pattern: resolvePattern(resolver, binding.pattern, locals, (name) => binders.get(name)!),
    rhs: resolveRightHandSide(resolver, binding.rhs, locals),
    span: binding.span,
  }));
  const signatures = new Map<Binder | Primitive, Signature>();
  for (const declaration of groups.signatures) {
    const signature = resolveSignature(resolver, declaration.context, declaration.type, declaration.span);
    for (const name of declaration.names) {
      const target = signed(name.text);
      if (target === undefined) resolver.report(name.span, `the type signature for \`${name.text}\` has no definition beside it`);
      else if (signatures.has(target)) resolver.report(name.span, `\`${name.text}\` has two type signatures`);
      else signatures.set(target, signature);
    }
  }
  return { functions, patterns, signatures };
}

/** `let`/`where` declarations: binds their names in `locals` (recursively visible) and resolves them. */
export function resolveLocalDeclarations(resolver: Resolver, declarations: readonly Declaration[], locals: Locals): Bindings {
  const groups = groupDeclarations(resolver, declarations);
  const binders = new Map<string, Binder>();
  for (const { name, span } of definedNames(groups)) binders.set(name, locals.bind(name, span));
  for (const fixity of groups.fixities) {
    for (const operator of fixity.operators) {
      if (!locals.has(operator.text)) resolver.report(operator.span, `the fixity of \`${operator.text}\` is declared, but \`${operator.text}\` is not defined here`);
      locals.fixities.set(operator.text, { associativity: fixity.associativity, precedence: fixity.precedence });
    }
  }
  return resolveGroups(resolver, groups, locals, binders, (name) => binders.get(name));
}

/** `= e where …` or guards; `where` scopes over all guards. */
export function resolveRightHandSide(resolver: Resolver, rhs: SyntaxRightHandSide, locals: Locals): RightHandSide {
  const inner = locals.nested();
  const where = resolveLocalDeclarations(resolver, rhs.where, inner);
  if (rhs.kind === "unguarded") return { kind: "unguarded", expression: resolveExpr(resolver, rhs.expression, inner), where, span: rhs.span };
  const guards = rhs.guards.map((guard) => {
    const { statements, scope } = resolveStatements(resolver, guard.conditions, inner);
    return { conditions: statements, expression: resolveExpr(resolver, guard.expression, scope), span: guard.span };
  });
  return { kind: "guarded", guards, where, span: rhs.span };
}
