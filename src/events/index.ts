// Timed events and element steps: the interface between the language and everything that plays.
export * from "./event.ts";
export * from "./step.ts";
export { eventReading, noteName } from "./reading.ts";
