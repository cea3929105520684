// The resolve stage: syntax tree -> resolved tree (names bound, fixities applied, types as written).
export * from "./tree.ts";
export { Resolver } from "./context.ts";
export { Locals } from "./locals.ts";
export { resolveExpr } from "./expressions.ts";
export { defaultCell, resolveModule, implicitModule, importsPreludeImplicitly, type ModuleEnvironment, type ModuleResolution, type Registry } from "./module.ts";
export { ModuleScope, type ModuleInterface, type TypeEntity, type ValueEntity } from "./scope.ts";
export { failable, patternBinders, walkBindings, walkExpression, walkModule, walkRightHandSide, type Visitor } from "./walk.ts";
