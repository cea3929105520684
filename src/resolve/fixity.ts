// Fixity resolution (Haskell 2010 report, section 10.6): turns a flat infix chain of operands,
// operators and prefix negations into a tree, using each operator's declared fixity.

import type { Fixity } from "../core/term.ts";
import type { InfixOperator, Negation } from "../parse/index.ts";
import { DiagnosticError, error, type Span } from "../text/index.ts";

export type Resolved<T> =
  | { readonly kind: "operand"; readonly value: T }
  | { readonly kind: "binary"; readonly operator: InfixOperator; readonly left: Resolved<T>; readonly right: Resolved<T>; readonly span: Span }
  | { readonly kind: "negate"; readonly operand: Resolved<T>; readonly span: Span };

export const defaultFixity: Fixity = { associativity: "left", precedence: 9 };
const negationFixity: Fixity = { associativity: "left", precedence: 6 };
const outermost: Fixity = { associativity: "none", precedence: -1 };

type Item<T> = T | InfixOperator | Negation;

function isOperator<T>(item: Item<T>): item is InfixOperator {
  return (item as { kind?: string }).kind === "operator";
}

function isNegation<T>(item: Item<T>): item is Negation {
  return (item as { kind?: string }).kind === "negate";
}

function spanOf<T>(resolved: Resolved<T>, spanOfOperand: (operand: T) => Span): Span {
  return resolved.kind === "operand" ? spanOfOperand(resolved.value) : resolved.span;
}

/** Resolves a chain; `fixityOf` gives an operator's fixity (infixl 9 when undeclared). */
export function resolveFixities<T>(
  items: readonly Item<T>[],
  fixityOf: (operator: InfixOperator) => Fixity,
  spanOfOperand: (operand: T) => Span,
): Resolved<T> {
  let position = 0;

  const join = (start: Span, end: Span): Span => ({ file: start.file, start: start.start, end: end.end });

  const conflict = (left: InfixOperator, right: InfixOperator): never => {
    throw new DiagnosticError([
      error(right.span, `cannot mix \`${left.name.text}\` and \`${right.name.text}\` in the same infix expression (their fixities conflict); add parentheses`),
    ]);
  };

  // parseNeg: an operand, possibly negated, then the operators that bind tighter than `left`.
  const operandThenOperators = (left: Fixity, leftOperator: InfixOperator | undefined): Resolved<T> => {
    const item = items[position];
    if (item !== undefined && isNegation(item)) {
      if (left.precedence >= 6) {
        throw new DiagnosticError([error(item.span, "a negation `-` must be in parentheses after an operator of precedence 6 or higher")]);
      }
      position++;
      const operand = operandThenOperators(negationFixity, undefined);
      const negated: Resolved<T> = { kind: "negate", operand, span: join(item.span, spanOf(operand, spanOfOperand)) };
      return operators(left, leftOperator, negated);
    }
    if (item === undefined || isOperator(item)) {
      const at = item !== undefined ? (item as InfixOperator).span : spanOfOperandItem(items[items.length - 1]);
      throw new DiagnosticError([error(at, "an operator is missing its operand")]);
    }
    position++;
    return operators(left, leftOperator, { kind: "operand", value: item as T });
  };

  // parse1: continues an expression with operators while they bind tighter than `left`.
  const operators = (left: Fixity, leftOperator: InfixOperator | undefined, expression: Resolved<T>): Resolved<T> => {
    for (;;) {
      const item = items[position];
      if (item === undefined) return expression;
      if (!isOperator(item)) throw new DiagnosticError([error(spanOfOperandItem(item), "expected an operator")]);
      const right = fixityOf(item);
      if (left.precedence === right.precedence && (left.associativity !== right.associativity || left.associativity === "none")) {
        if (leftOperator) conflict(leftOperator, item);
      }
      if (left.precedence > right.precedence || (left.precedence === right.precedence && left.associativity === "left")) {
        return expression;
      }
      position++;
      const operand = operandThenOperators(right, item);
      expression = {
        kind: "binary",
        operator: item,
        left: expression,
        right: operand,
        span: join(spanOf(expression, spanOfOperand), spanOf(operand, spanOfOperand)),
      };
    }
  };

  const spanOfOperandItem = (item: Item<T>): Span => (isNegation(item) ? item.span : spanOfOperand(item as T));

  return operandThenOperators(outermost, undefined);
}
