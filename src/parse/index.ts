// The parsing stage: source text into the syntax tree (`Module`, `Expr`, `Pattern`).
export * from "./syntax.ts";
export * from "./declarationSyntax.ts";
export { parseExpression, parseModule, parsePattern } from "./module.ts";
