// The live session: a song's program, its running term, live edits, controls.
export { Session, type SessionOptions, type ReductionStep, type Evaluation, type StepScope } from "./session.ts";
export { SongError } from "./song-error.ts";
export { checkSong, declaredModuleName, openSong, type SongCheck } from "./files.ts";
export { defaultMemoryLimit, libraryFolder } from "./places.ts";
export { ControlTable, type Control } from "./controls.ts";
export type { EditHearing } from "./hearing.ts";
