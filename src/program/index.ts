// The program stage: modules, scopes, fixities and desugaring of the syntax tree to the core term.
export * from "./core.ts";
export * from "./builtins.ts";
export * from "./numbers.ts";
export { Char } from "./char.ts";
export { Compiler, Program, type ModuleText, type ModuleReader, type CompileResult } from "./program.ts";
export type { CompiledModule } from "./module.ts";
