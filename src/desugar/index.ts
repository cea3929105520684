// The desugar stage: resolved (and type-checked) modules -> core: frame slots, case trees, lets, flat closures.
export { desugarExpression, desugarModule } from "./module.ts";
export type { Support } from "./context.ts";
export type { Locating } from "./located.ts";
export { Dictionaries } from "./dictionaries.ts";
