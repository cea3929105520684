// The desugar stage: resolved (and type-checked) modules -> core: frame slots, case trees, lets.
export { desugarModule, type CompiledModule } from "./module.ts";
export { Context, type Support } from "./context.ts";
export { compileExpr } from "./expressions.ts";
export { LocalScope } from "./locals.ts";
