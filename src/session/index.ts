// The live session: a song's program, its running term, live edits, controls.
export { Session, SongError, openSong, type SessionOptions, type ReductionStep } from "./session.ts";
export type { Control } from "./controls.ts";
