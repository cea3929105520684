// Value declarations: tokens into type signatures, fixity declarations, function clauses and
// pattern bindings (the declarations allowed in `let`, `where`, classes and at the top level).

import type { Cursor } from "./cursor.ts";
import { atInfixOperator, parseDefinedVariable, parseInfixOperator, unqualifiedOnly } from "./names.ts";
import { parseAtomicPattern, startsAtomicPattern } from "./pattern.ts";
import { parseRightHandSide } from "./statement.ts";
import type { Declaration, FixityDeclaration } from "./declarationSyntax.ts";
import type { InfixOperator, Name, Pattern } from "./syntax.ts";
import { parseQualifiedType } from "./type.ts";

const associativities = { infixl: "left", infixr: "right", infix: "none" } as const;

/** A declaration of a `let`, `where`, class or instance block, or of the top level. */
export function parseDeclaration(cursor: Cursor): Declaration {
  return cursor.nested(() => {
    const token = cursor.current;
    if (token.kind === "keyword" && (token.text === "infix" || token.text === "infixl" || token.text === "infixr")) {
      return parseFixity(cursor, associativities[token.text]);
    }
    if (atSignature(cursor)) return parseSignature(cursor);
    return parseEquation(cursor);
  });
}

/** `infixl 6 +, -`, `` infixr 5 `op` ``, `infix 4 ==`. */
function parseFixity(cursor: Cursor, associativity: FixityDeclaration["associativity"]): Declaration {
  const start = cursor.advance().span.start;
  let precedence = 9;
  const literal = cursor.current.literal;
  if (literal) {
    if (literal.kind !== "integer" || literal.value > 9n) {
      cursor.failAt(cursor.current.span, "parse error: a fixity's precedence must be a digit from 0 to 9");
    }
    precedence = Number(literal.value);
    cursor.advance();
  }
  const operators: Name[] = [];
  do {
    if (!atInfixOperator(cursor)) cursor.fail("an operator");
    const token = cursor.atSpecial("`") ? cursor.following()! : cursor.current;
    if (token.qualifier !== undefined) unqualifiedOnly(cursor, token);
    operators.push(parseInfixOperator(cursor)!.name);
  } while (cursor.accept("special", ","));
  return { kind: "fixity", associativity, precedence, operators, span: cursor.spanFrom(start) };
}

/** A signature starts with `x ,`, `x ::`, `(+) ,` or `(+) ::`. */
function atSignature(cursor: Cursor): boolean {
  const token = cursor.current;
  let after = 1;
  if (cursor.atSpecial("(")) {
    const symbol = cursor.following(1);
    if (symbol?.kind !== "varsym" && symbol?.kind !== "consym") return false;
    if (cursor.following(2)?.text !== ")") return false;
    after = 3;
  } else if (token.kind !== "varid") {
    return false;
  }
  const next = cursor.following(after);
  return next !== undefined && (next.text === "::" || next.text === ",");
}

/** `f, g :: [context =>] type`. */
function parseSignature(cursor: Cursor): Declaration {
  const start = cursor.current.span.start;
  const names = [parseDefinedVariable(cursor)];
  while (cursor.accept("special", ",")) names.push(parseDefinedVariable(cursor));
  cursor.expect("reservedop", "::", "',' or '::'");
  const { context, type } = parseQualifiedType(cursor);
  return { kind: "signature", names, context, type, span: cursor.spanFrom(start) };
}

/**
 * An equation. Its left-hand side is read as a chain of operands (each a sequence of atomic
 * patterns) and operators, then classified: a chain with exactly one variable operator defines
 * that operator (`x <+> y`, `` a `op` b ``); a single operand headed by a variable defines a
 * function (`f p1 p2`, `(+) a b`, `x`); anything else is a pattern binding (`(a, b)`, `x : xs`).
 * An operator's equation in parentheses may take more arguments: `(f *** g) (x, y) = …`.
 */
function parseEquation(cursor: Cursor): Declaration {
  const start = cursor.current.span.start;
  if (!startsAtomicPattern(cursor)) cursor.fail("a declaration");
  if (atParenthesizedDefinition(cursor)) return parseParenthesizedDefinition(cursor, start);
  const chain = parseLeftHandChain(cursor);
  if (chain.defining) {
    const args = operatorOperands(cursor, chain, chain.defining);
    const rhs = parseRightHandSide(cursor, "=");
    return { kind: "function", name: chain.defining.name, infix: true, args, rhs, span: cursor.spanFrom(start) };
  }
  const { operands, operators } = chain;
  const [head, ...args] = operands[0];
  if (operators.length === 0 && head.kind === "var") {
    const rhs = parseRightHandSide(cursor, "=");
    return { kind: "function", name: head.name, infix: false, args, rhs, span: cursor.spanFrom(start) };
  }
  const pattern = chainPattern(cursor, operands, operators);
  const rhs = parseRightHandSide(cursor, "=");
  return { kind: "patternBinding", pattern, rhs, span: cursor.spanFrom(start) };
}

interface LeftHandChain {
  readonly operands: Pattern[][];
  readonly operators: InfixOperator[];
  /** The one variable operator, which the equation defines. */
  readonly defining: InfixOperator | undefined;
}

/** Operands (atomic patterns side by side) between infix operators, at most one of them a variable operator. */
function parseLeftHandChain(cursor: Cursor): LeftHandChain {
  const operands: Pattern[][] = [parseLeftHandOperand(cursor)];
  const operators: InfixOperator[] = [];
  while (atInfixOperator(cursor)) {
    operators.push(parseInfixOperator(cursor)!);
    operands.push(parseLeftHandOperand(cursor));
  }
  const defining = operators.filter((operator) => !operator.constructor);
  if (defining.length > 1) {
    cursor.failAt(
      defining[1].span,
      `parse error: cannot define both '${defining[0].name.text}' and '${defining[1].name.text}' in one equation; add parentheses`,
    );
  }
  const operator = defining[0];
  if (operator?.name.qualifier !== undefined) {
    cursor.failAt(operator.span, `parse error: a qualified name cannot be defined here: '${operator.name.qualifier}.${operator.name.text}'`);
  }
  return { operands, operators, defining: operator };
}

/** The two operands of the operator being defined, each a pattern of its side of the chain. */
function operatorOperands(cursor: Cursor, { operands, operators }: LeftHandChain, operator: InfixOperator): Pattern[] {
  const split = operators.indexOf(operator) + 1;
  return [chainPattern(cursor, operands.slice(0, split), operators.slice(0, split - 1)), chainPattern(cursor, operands.slice(split), operators.slice(split))];
}

/** At `(` whose contents, at their own level, use a variable operator: `(f *** g) x = …`, not `(a, b) = …`. */
function atParenthesizedDefinition(cursor: Cursor): boolean {
  if (!cursor.atSpecial("(")) return false;
  let depth = 0;
  for (let distance = 0; ; distance++) {
    const token = distance === 0 ? cursor.current : cursor.following(distance);
    if (token === undefined || token.kind === "end") return false;
    if (token.kind === "special" && (token.text === "(" || token.text === "[")) depth++;
    else if (token.kind === "special" && (token.text === ")" || token.text === "]") && --depth === 0) return false;
    else if (depth === 1 && token.kind === "special" && token.text === ",") return false;
    else if (depth === 1 && (token.kind === "varsym" || (token.kind === "special" && token.text === "`"))) return distance > 1;
  }
}

/** `(left op right) arguments… = …`: the operator's equation with more arguments than two. */
function parseParenthesizedDefinition(cursor: Cursor, start: number): Declaration {
  cursor.expect("special", "(");
  const chain = parseLeftHandChain(cursor);
  if (!chain.defining) cursor.failAt(cursor.spanFrom(start), "parse error: expected an operator being defined inside the parentheses");
  cursor.expect("special", ")");
  const args = operatorOperands(cursor, chain, chain.defining);
  while (startsAtomicPattern(cursor)) args.push(parseAtomicPattern(cursor));
  const rhs = parseRightHandSide(cursor, "=");
  return { kind: "function", name: chain.defining.name, infix: true, args, rhs, span: cursor.spanFrom(start) };
}

/**
 * Atomic patterns side by side. `(+)` stands for the operator being defined; `!` is a bang
 * pattern when it touches the next token but not the previous one (`f !x`), else an operator.
 */
function parseLeftHandOperand(cursor: Cursor): Pattern[] {
  const patterns: Pattern[] = [];
  for (;;) {
    if (cursor.at("varsym", "!") && !atBangPattern(cursor)) break;
    if (!startsAtomicPattern(cursor)) break;
    if (cursor.atSpecial("(") && cursor.following(1)?.kind === "varsym" && cursor.following(2)?.text === ")") {
      const start = cursor.current.span.start;
      const name = parseDefinedVariable(cursor);
      patterns.push({ kind: "var", name, span: cursor.spanFrom(start) });
    } else {
      patterns.push(parseAtomicPattern(cursor));
    }
  }
  if (patterns.length === 0) cursor.fail("a pattern");
  return patterns;
}

/** `f !x` has a bang pattern; `a ! i` and `a!i` use the operator `!`. */
function atBangPattern(cursor: Cursor): boolean {
  return !cursor.touchesPrevious() && cursor.following()?.span.start === cursor.current.span.end;
}

/** Operands and constructor operators into one pattern (an `infix` chain when there are several). */
function chainPattern(cursor: Cursor, operands: Pattern[][], operators: InfixOperator[]): Pattern {
  const items: (Pattern | InfixOperator)[] = [];
  operands.forEach((operand, index) => {
    if (index > 0) items.push(operators[index - 1]);
    items.push(operandPattern(cursor, operand));
  });
  if (items.length === 1) return items[0] as Pattern;
  return { kind: "infix", items, span: cursor.source.span(items[0].span.start, items[items.length - 1].span.end) };
}

/** `[C, p1, p2]` into `C p1 p2`; a lone pattern stays as it is. */
function operandPattern(cursor: Cursor, operand: Pattern[]): Pattern {
  const [head, ...args] = operand;
  if (args.length === 0) return head;
  if (head.kind !== "con" || head.args.length > 0) {
    const name = head.kind === "var" ? `'${head.name.text}' ` : "";
    return cursor.failAt(head.span, `parse error: ${name}cannot be applied to arguments in a pattern`);
  }
  const span = cursor.source.span(head.span.start, args[args.length - 1].span.end);
  return { kind: "con", name: head.name, args, span };
}
