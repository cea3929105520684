// The program stage: a song's modules loaded, compiled stage by stage, and the Program value; the
// library's modules taken from the library image where they can be (see library-image.ts).
export { Compiler, Program, actionRunner, type ModuleText, type ModuleReader, type CompileResult } from "./program.ts";
export type { CompiledModule } from "./compiled-module.ts";
export { LibraryImage } from "./library-image.ts";
