// Class evidence in a printed term: dictionaries passed to overloaded functions are left out, a
// method selected from a dictionary prints as the method's name (see desugar/dictionaries.ts).

import { APPLY, GLOBAL, HIDDEN_NAME, LAMBDA, LOCAL, GlobalReference, type Case, type Expr, type GlobalCell } from "../core/index.ts";
import { Data, Thunk, lookup, type Frame } from "../reduce/index.ts";

/** Whether an argument expression is a dictionary (an instance's, a parameter holding one, a superclass's). */
export function isEvidence(expr: Expr, env: Frame): boolean {
  switch (expr.kind) {
    case GLOBAL:
      return expr.cell.dictionary;
    case LOCAL:
      if (expr.name.startsWith(HIDDEN_NAME)) return true;
      try {
        return isEvidenceNode(lookup(env, expr));
      } catch {
        return false;
      }
    case APPLY:
      return isEvidence(expr.fn, env) || (expr.fn.kind === LAMBDA && expr.fn.name.startsWith(HIDDEN_NAME));
    default:
      return false;
  }
}

/** Whether a value (or a suspended one) is a dictionary. */
export function isEvidenceNode(value: unknown): boolean {
  if (value instanceof Thunk) {
    if (value.evaluated) return isEvidenceNode(value.value);
    return value.expr !== undefined && isEvidence(value.expr, value.frame ?? []);
  }
  if (value instanceof GlobalReference) return value.cell.dictionary;
  return value instanceof Data && value.con.dictionary;
}

/** The method a case on a class's dictionary selects (a superclass selection prints as nothing more). */
export function selectedMethod(expr: Case): string | undefined {
  const [alternative] = expr.alternatives;
  if (expr.alternatives.length !== 1 || !alternative.con.dictionary || alternative.body.kind !== LOCAL) return undefined;
  return alternative.body.name;
}

/** An instance's dictionary as text: `‹Show (Maybe a)›`. */
export function dictionaryName(cell: GlobalCell): string {
  return `‹${cell.name}›`;
}
