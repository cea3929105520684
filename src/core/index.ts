// The core vocabulary every stage shares: the core term the reducer runs and its entities
// (constructors, live cells, primitives), the built-in constructors and types, exact numbers.
export * from "./term.ts";
export * from "./builtins.ts";
export * from "./numbers.ts";
export { Char } from "./char.ts";
