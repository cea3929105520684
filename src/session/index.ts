// The live session: a song's program, its running term, live edits, controls.
export { Session, SongError, type SessionOptions, type ReductionStep, type Evaluation, type StepScope } from "./session.ts";
export { declaredModuleName, defaultMemoryLimit, libraryFolder, openSong } from "./files.ts";
export { ControlTable, type Control } from "./controls.ts";
export type { EditHearing } from "./hearing.ts";
