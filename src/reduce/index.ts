// The reducer: runtime values, the graph-reduction machine, primitives and the element-by-element interpreter.
export * from "./values.ts";
export * from "../core/numbers.ts";
export * from "./errors.ts";
export * from "./machine.ts";
export * from "./interpreter.ts";
export { createPrimitives, primitiveDefinitions, type ControlReader } from "./primitives.ts";
export { showValue, describe } from "./show-value.ts";
export { stringToList, listToString, listToBytes } from "./strings.ts";
export { cellsIn, cellsInUse } from "./references.ts";
export { programCommitted } from "./constants.ts";
export { originOf } from "./origins.ts";
export * from "./stack.ts";
export { lookup, makeNode } from "./nodes.ts";
export { handBacks } from "./compiled/index.ts";
