// Source text, spans and diagnostics: the vocabulary every stage uses to talk about positions.
export * from "./source.ts";
export * from "./diagnostic.ts";
