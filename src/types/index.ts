// The type stage: resolved modules -> schemes, class evidence and type diagnostics, one module at
// a time against the environment of its imports (Haskell 2010; "Typing Haskell in Haskell").
export { checkModule, type ModuleEvidence, type ModuleTypes, type TypeCheckResult } from "./check.ts";
export { isAtLeastAsGeneral } from "./compare.ts";
export { combineEnvironments, emptyEnvironment, type ClassInfo, type Instance, type ModuleEnvironment, type TypeEnvironment, type TypeInfo } from "./environment.ts";
export { Constraint, DictionaryScope, isStructural, type Evidence, type Occurrence } from "./evidence.ts";
export type { Site, TypeDiagnostic } from "./diagnostics.ts";
export { messageOf, toDiagnostic } from "./message.ts";
export { TypeNaming, printContext, printKind, printPredicate, printScheme, printType } from "./print.ts";
export { KindVariable, RigidVariable, TypeVariable, isAction, type Kind, type Predicate, type Scheme, type Type } from "./type.ts";
export { typeNotes, type TypeNote } from "./notes.ts";
export { printTypedModule } from "./summary.ts";
export { checkExpression } from "./expression.ts";
