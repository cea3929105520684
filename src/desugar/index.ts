// The desugar stage: resolved (and type-checked) modules -> core: frame slots, case trees, lets.
export { desugarExpression, desugarModule } from "./module.ts";
export type { Support } from "./context.ts";
