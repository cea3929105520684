// Prints the core term the reducer runs, as it is: frame slots (`xs@2`, or `f@1.3` captured by
// the closure), delays (thunks and the slots they copy into), saturated constructor and
// primitive calls, case trees, fired rules (`refrain dump --stage core`).

import { APPLY, CASE, CONSTRUCT, DELAY, FAIL, FIRED, GLOBAL, LAMBDA, LET, LITERAL, LITERAL_CASE, LOCAL, PRIMITIVE_CALL, type Definition, type Expr } from "../core/index.ts";
import { showValue } from "../reduce/index.ts";

export function printDefinition(definition: Definition): string {
  return `${definition.module}.${definition.name} = ${printCore(definition.lambda, "  ")}\n`;
}

export function printCore(expression: Expr, indent: string): string {
  const recur = (inner: Expr) => printCore(inner, indent);
  const deeper = (inner: Expr) => printCore(inner, indent + "  ");
  switch (expression.kind) {
    case LOCAL:
      return expression.depth === 0 ? `${expression.name}@${expression.index}` : `${expression.name}@${expression.depth}.${expression.index}`;
    case GLOBAL:
      return expression.cell.qualifiedName;
    case LITERAL:
      return showValue(expression.value);
    case APPLY:
      return `(${[expression.fn, ...expression.args].map(recur).join(" ")})`;
    case LAMBDA: {
      const parameters = Array.from({ length: expression.arity }, (_, index) => `@${index + 1}`).join(" ");
      const captures = expression.captures.length > 0 ? ` capturing ${expression.captures.map(recur).join(" ")}` : "";
      return `\\${parameters} [${expression.slots} slots${captures}] ->\n${indent}${deeper(expression.body)}`;
    }
    case LET: {
      const bindings = expression.bindings.map((binding) => `\n${indent}  @${binding.index} = ${printCore(binding.expr, indent + "    ")}`).join("");
      return `let${bindings}\n${indent}in ${recur(expression.body)}`;
    }
    case CASE: {
      const alternatives = expression.alternatives.map((alternative) => {
        const fields = alternative.fieldSlots.map((slot) => (slot < 0 ? "_" : `@${slot}`));
        return `\n${indent}  ${[alternative.con.name, ...fields].join(" ")} -> ${deeper(alternative.body)}`;
      });
      const stored = expression.resultSlot >= 0 ? ` as @${expression.resultSlot}` : "";
      return `case ${recur(expression.scrutinee)}${stored} of${alternatives.join("")}\n${indent}  _ -> ${deeper(expression.fallback)}`;
    }
    case LITERAL_CASE: {
      const alternatives = expression.alternatives.map((alternative) => `\n${indent}  ${showValue(alternative.value)} -> ${deeper(alternative.body)}`);
      const stored = expression.resultSlot >= 0 ? ` as @${expression.resultSlot}` : "";
      return `case ${recur(expression.scrutinee)}${stored} of${alternatives.join("")}\n${indent}  _ -> ${deeper(expression.fallback)}`;
    }
    case PRIMITIVE_CALL:
      return `(primitive ${expression.primitive.name}${expression.args.map((arg) => " " + recur(arg)).join("")})`;
    case CONSTRUCT:
      return expression.args.length === 0 ? expression.con.name : `(${[expression.con.name, ...expression.args.map(recur)].join(" ")})`;
    case FIRED:
      return `{${expression.rule.name}} ${recur(expression.body)}`;
    case DELAY: {
      const captures = expression.captures.map((local, index) => ` ${recur(local)}→@${expression.captureSlots[index]}`).join("");
      return `(delay [${expression.slots} slots${captures}] ${recur(expression.body)})`;
    }
    case FAIL:
      return `(no match in ${expression.name}${expression.args.map((arg) => " " + recur(arg)).join("")})`;
  }
}
