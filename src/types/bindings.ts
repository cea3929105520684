// Binding groups: bindings without signatures inferred in dependency order (mutually recursive
// ones together) and generalized; bindings with signatures checked against them, which allows
// polymorphic recursion. Also right-hand sides (guards, `where`) and signatures into schemes.

import type { Binder, Bindings, Expr, FunctionBinding, PatternBinding, RightHandSide, Signature } from "../resolve/tree.ts";
import { patternBinders } from "../resolve/walk.ts";
import type { Checker } from "./checker.ts";
import type { Site } from "./diagnostics.ts";
import { QuantifiedVariables } from "./convert.ts";
import { mentionedInRightHandSide, stronglyConnected } from "./dependencies.ts";
import { DictionaryScope, givensOf } from "./evidence.ts";
import { reduce } from "./entail.ts";
import { TypeNaming, schemeNames } from "./print.ts";
import { checkExpression, inferStatement } from "./expressions.ts";
import { generalizeGroup, reportUnsatisfied, resolveAmbiguity } from "./generalize.ts";
import { inferPattern } from "./patterns.ts";
import {
  RigidVariable, TypeVariable, expand, monomorphic, freeVariables, functionParts, functionType, generic, instantiateGenerics, mentionsRigid, replaceVariables, type Scheme, type Type,
} from "./type.ts";

/** A signature as a scheme: its variables quantified in order of appearance. */
export function signatureScheme(checker: Checker, signature: Signature): Scheme {
  const variables = new QuantifiedVariables();
  const reported = checker.diagnostics.length;
  const { context, type } = checker.converter.convertSignature(signature, variables);
  variables.defaultKinds();
  if (checker.diagnostics.length > reported) return monomorphic(new TypeVariable(0));
  return { count: variables.names.length, names: variables.names, context, type };
}

type Node = FunctionBinding | PatternBinding;

function bindersOf(node: Node): Binder[] {
  return "binder" in node ? [node.binder] : patternBinders(node.pattern);
}

/**
 * `signed`: whether the bodies of bindings with signatures are checked against them (not when
 * only the module's interface is wanted, of a module known to be well typed).
 */
export function inferBindings(checker: Checker, bindings: Bindings, signed = true): void {
  const explicit: { binding: FunctionBinding; scheme: Scheme }[] = [];
  const implicit: Node[] = [...bindings.patterns];
  for (const binding of bindings.functions) {
    const signature = bindings.signatures.get(binding.binder);
    if (signature === undefined) {
      implicit.push(binding);
      continue;
    }
    const scheme = signatureScheme(checker, signature);
    checker.binders.set(binding.binder, { scheme, recursiveUses: undefined });
    explicit.push({ binding, scheme });
  }
  const owner = new Map<object, Node>();
  for (const node of implicit) for (const binder of bindersOf(node)) owner.set(binder, node);
  const successors = (node: Node): Node[] => {
    const found = new Set<object>();
    if ("clauses" in node) for (const clause of node.clauses) mentionedInRightHandSide(clause.rhs, found);
    else mentionedInRightHandSide(node.rhs, found);
    return [...found].map((binder) => owner.get(binder)).filter((next) => next !== undefined);
  };
  for (const group of stronglyConnected(implicit, successors)) inferGroup(checker, group, bindings);
  if (!signed) return;
  for (const { binding, scheme } of explicit) {
    checkAgainstSignature(checker, scheme, binding.name, binding, (expected) => inferFunction(checker, binding, expected, true));
  }
}

/** Infers one group of mutually recursive bindings without signatures, then generalizes it. */
function inferGroup(checker: Checker, group: readonly Node[], bindings: Bindings): void {
  checker.level++;
  const outer = checker.constraints;
  checker.constraints = [];
  const members: { binder: Binder; type: Type; recursiveUses: Expr[] }[] = [];
  const patternTypes = new Map<PatternBinding, Type>();
  for (const node of group) {
    if ("clauses" in node) {
      const type = checker.fresh();
      members.push({ binder: node.binder, type, recursiveUses: [] });
    } else {
      const type = checker.fresh();
      inferPattern(checker, node.pattern, type);
      patternTypes.set(node, type);
      for (const binder of patternBinders(node.pattern)) members.push({ binder, type: checker.binders.get(binder)!.scheme.type, recursiveUses: [] });
    }
  }
  for (const member of members) checker.binders.set(member.binder, { scheme: { count: 0, names: [], context: [], type: member.type }, recursiveUses: member.recursiveUses });
  for (const node of group) {
    if ("clauses" in node) inferFunction(checker, node, checker.binders.get(node.binder)!.scheme.type);
    else inferRightHandSide(checker, node.rhs, patternTypes.get(node)!, { role: "definition", name: bindersOf(node)[0]?.name ?? "" });
  }
  checker.level--;
  const collected = checker.constraints;
  checker.constraints = outer;
  const restricted = group.some((node) => !("clauses" in node) || node.clauses[0].patterns.length === 0);
  const { schemes, scope } = generalizeGroup(checker, members, collected, restricted);
  for (const node of group) checker.scopes.set(node, scope);
  members.forEach((member, at) => {
    const signature = bindings.signatures.get(member.binder);
    checker.binders.set(member.binder, { scheme: schemes[at], recursiveUses: undefined });
    if (signature !== undefined) checkPatternSignature(checker, member.binder, signature);
  });
}

/** A variable of a pattern binding with a signature: its type must be an instance of the signature. */
function checkPatternSignature(checker: Checker, binder: Binder, signature: Signature): void {
  const scheme = signatureScheme(checker, signature);
  const inferred = checker.binders.get(binder)!.scheme;
  const instance = instantiateGenerics(inferred.type, Array.from({ length: inferred.count }, () => checker.fresh()));
  const declared = instantiateGenerics(scheme.type, Array.from({ length: scheme.count }, () => checker.fresh()));
  checker.expect(declared, instance, signature.span, undefined, { role: "definition", name: binder.name });
  checker.binders.set(binder, { scheme, recursiveUses: undefined });
}

/**
 * Checks a definition against a scheme: its variables become rigid, its context given (as the
 * dictionary parameters of `owner`); constraints the context does not give are reported.
 */
export function checkAgainstSignature(checker: Checker, scheme: Scheme, name: string, owner: object, body: (expected: Type) => void): void {
  checker.level++;
  const rigids = schemeNames(scheme, new TypeNaming()).map((rigidName) => new RigidVariable(rigidName, checker.level));
  const scope = new DictionaryScope(scheme.context.map((predicate) => ({ ...predicate, type: instantiateGenerics(predicate.type, rigids) })));
  const signature = { context: scope.predicates, type: instantiateGenerics(scheme.type, rigids) };
  for (const rigid of rigids) checker.rigidOwners.set(rigid, { name, signature });
  checker.scopes.set(owner, scope);
  const outer = checker.constraints;
  checker.constraints = [];
  const { residual, unsatisfied } = checker.withGivens(givensOf(scope), () => {
    body(signature.type);
    return reduce(checker.index, checker.constraints, checker.givens);
  });
  checker.level--;
  checker.constraints = outer;
  reportUnsatisfied(checker, unsatisfied);
  const ambiguous = [];
  for (const constraint of residual) {
    const type = constraint.predicate.type;
    if (rigids.some((rigid) => mentionsRigid(type, rigid))) {
      const overSignature = replaceVariables(type, (variable) => (variable.form === "rigid" && rigids.includes(variable) ? generic(rigids.indexOf(variable)) : undefined));
      checker.report({ kind: "missingInstance", span: constraint.span, predicate: constraint.predicate, origin: constraint.origin, signature: { name, scheme, predicate: { ...constraint.predicate, type: overSignature } } });
    } else if (freeVariables(type).some((variable) => variable.level > checker.level)) {
      ambiguous.push(constraint);
    } else {
      outer.push(constraint);
    }
  }
  resolveAmbiguity(checker, ambiguous);
}

/** A function's equations against its type: the parameters' patterns, then each right-hand side. */
export function inferFunction(checker: Checker, binding: FunctionBinding, expected: Type, declared = false): void {
  const arity = binding.clauses[0].patterns.length;
  for (const clause of binding.clauses) {
    if (clause.patterns.length !== arity) {
      checker.report({ kind: "arity", span: clause.span, name: binding.name, expected: arity, actual: clause.patterns.length, type: undefined });
    }
  }
  const parameters: Type[] = [];
  let result = expected;
  for (let at = 0; at < arity; at++) {
    let parts = functionParts(result);
    if (parts === undefined && expand(result).form === "variable") {
      parts = { argument: checker.fresh(), result: checker.fresh() };
      checker.expect(result, functionType(parts.argument, parts.result), binding.span, undefined, { role: "definition", name: binding.name });
    }
    if (parts === undefined) {
      checker.report({ kind: "arity", span: binding.clauses[0].span, name: binding.name, expected: at, actual: arity, type: expected });
      return;
    }
    parameters.push(parts.argument);
    result = parts.result;
  }
  for (const clause of binding.clauses) {
    clause.patterns.forEach((pattern, at) => inferPattern(checker, pattern, parameters[at] ?? checker.fresh()));
    inferRightHandSide(checker, clause.rhs, result, { role: "result", name: binding.name, declared });
  }
}

/** `where` bindings, then the expression or each guard's conditions and expression. */
export function inferRightHandSide(checker: Checker, rhs: RightHandSide, expected: Type, site: Site): void {
  inferBindings(checker, rhs.where);
  if (rhs.kind === "unguarded") {
    checkExpression(checker, rhs.expression, expected, site);
    return;
  }
  for (const guard of rhs.guards) {
    for (const condition of guard.conditions) inferStatement(checker, condition, (element) => element, { role: "guard" });
    checkExpression(checker, guard.expression, expected, site);
  }
}
