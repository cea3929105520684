// A problem with the studio's state folder (`.refrain/` beside the song): a damaged file, another
// server using it, a folder that cannot be written. Serving stops with the message, which says how
// to repair it; nothing is replaced silently.

export class StateError extends Error {}

/** The message for a damaged state file, with the way to start afresh (the file kept aside). */
export function damaged(file: string, what: string, reason: string): StateError {
  return new StateError(`${file} is damaged (${reason}). It holds ${what}. Repair it, or move it aside to start afresh: mv ${file} ${file}.damaged`);
}
