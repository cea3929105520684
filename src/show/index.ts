// Printers for people: the current term (readable, cut to size, with the reduced subterm marked).
export { defaultTermLimits, printTerm, type PrintedTerm, type TermLimits, type TermPart } from "./term.ts";
