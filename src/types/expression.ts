// Checks an expression typed at the studio or the command line (`refrain eval`, Play selection,
// Apply term) in one module's scope, as GHCi does: as the binding `it = expression` of a module
// that sees everything the module sees.

import { GlobalCell } from "../core/term.ts";
import type { Expr, ResolvedModule, TypeExpr } from "../resolve/tree.ts";
import { checkModule, type ModuleEvidence } from "./check.ts";
import type { TypeDiagnostic } from "./diagnostics.ts";
import type { TypeEnvironment } from "./environment.ts";

/** `defaults`: the module's `default (…)` types, which the expression's ambiguous numbers take too. */
export function checkExpression(expression: Expr, environment: TypeEnvironment, moduleName: string, defaults: readonly TypeExpr[] | undefined):
  { readonly diagnostics: readonly TypeDiagnostic[]; readonly evidence: ModuleEvidence } {
  const span = expression.span;
  const it = new GlobalCell(`${moduleName}.it`, "it");
  const module: ResolvedModule = {
    name: `${moduleName} (expression)`,
    data: [], synonyms: [], classes: [], instances: [], selectors: [], defaults,
    bindings: {
      functions: [{ binder: it, name: "it", nameSpan: span, span, clauses: [{ patterns: [], rhs: { kind: "unguarded", expression, where: { functions: [], patterns: [], signatures: new Map() }, span }, span }] }],
      patterns: [],
      signatures: new Map(),
    },
  };
  const { diagnostics, evidence } = checkModule(module, environment);
  return { diagnostics, evidence };
}
