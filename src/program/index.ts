// The program stage: a song's modules loaded, compiled stage by stage, and the Program value.
export { Compiler, Program, actionRunner, type ModuleText, type ModuleReader, type CompileResult } from "./program.ts";
export type { CompiledModule } from "./compiled-module.ts";
export { LibraryImage } from "./library-image.ts";
