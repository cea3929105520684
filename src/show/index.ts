// Printers for people: the current term (readable, cut to size, with the reduced subterm marked).
export { printTerm, type PrintedTerm, type TermPart } from "./term.ts";
export { defaultTermLimits, type TermLimits } from "./limits.ts";
